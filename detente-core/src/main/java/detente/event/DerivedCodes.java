package detente.event;

import java.util.Set;

/**
 * CAMEO codes that another coding implies: a stated refusal of cooperation is a rejection, and coercion or force
 * that a speaker reports is the speaker's accusation of the perpetrator or, by the perpetrator, a claim of
 * responsibility.
 */
final class DerivedCodes {

    /** Acknowledge or claim responsibility. */
    static final String CLAIM = "015";
    /** Deny responsibility: the speaker denies a claim about its own act. */
    static final String DENY = "016";
    /** Accuse. */
    static final String ACCUSE = "112";

    /** Coercion and violence: what a speaker can claim or be accused of ("leaving the bloc" is neither). */
    private static final Set<String> FORCE_ROOTS = Set.of("17", "18", "19", "20");

    private DerivedCodes() {
    }

    static boolean isForce(String code) {
        return code.length() >= 2 && FORCE_ROOTS.contains(code.substring(0, 2));
    }

    /**
     * The rejection CAMEO codes for a stated refusal of a cooperative act: to meet or negotiate 125, to cooperate
     * or give aid 121 (economic 1211, military 1212), to yield 124, other diplomatic cooperation 120. Refusing a
     * hostile act ("will not attack") is not a rejection: null.
     */
    static String rejection(String code) {
        if (code.startsWith("061")) {
            return "1211";
        }
        if (code.startsWith("062")) {
            return "1212";
        }
        return switch (code.substring(0, 2)) {
            case "04" -> "125";
            case "06", "07" -> "121";
            case "08" -> "124";
            case "05" -> "120";
            default -> null;
        };
    }
}
