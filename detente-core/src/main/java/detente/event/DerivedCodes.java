package detente.event;

/**
 * The CAMEO codes that another coding implies: coercion or force that a speaker reports is the speaker's accusation
 * of the perpetrator or, by the perpetrator, a claim of responsibility. Which codes are force, and what a refusal
 * of each is, are columns of {@code events/cameo.tsv} ({@link CameoOntology#isForce}, {@link
 * CameoOntology#refusedAs}).
 */
final class DerivedCodes {

    /** Acknowledge or claim responsibility. */
    static final String CLAIM = "015";
    /** Deny responsibility: the speaker denies a claim about its own act. */
    static final String DENY = "016";
    /** Accuse. */
    static final String ACCUSE = "112";

    private DerivedCodes() {
    }
}
