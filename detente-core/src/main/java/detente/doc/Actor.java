package detente.doc;

/**
 * A resolved actor, as the output contract names it.
 *
 * @param code    CAMEO actor code: country or group code plus role codes, e.g. {@code IRNGOV}, {@code TURMIL}
 * @param country ISO 3166-1 alpha-3 code where the actor belongs to one country, else null
 * @param group   stable upper-case key of a named organisation or bloc (HAMAS, NATO, WST), else null
 * @param name    canonical name of the person or entity, where one is known
 */
public record Actor(String code, String country, String group, String name) {

    /** An actor that NER found but no dictionary knows; code is null. */
    public static Actor unknown(String country, String name) {
        return new Actor(null, country, null, name);
    }

    /** The prefix of a role whose country is unknown: {@code ---GOV}, as PETRARCH writes it. */
    public static final String NO_COUNTRY = "---";

    /** An actor known only by its role ("a senior official" → {@code ---GOV}): no country, group or name. */
    public static Actor roleOnly(String agentCode) {
        return new Actor(NO_COUNTRY + agentCode, null, null, null);
    }

    /**
     * True for a role-only actor ({@code ---GOV}), which names no one a dyad could be about. Other coders' bare
     * type codes ({@code GOV} with no country) are {@code detente.actor.ActorTypes.isRoleOnly}'s.
     */
    public boolean isRoleOnly() {
        return code != null && code.startsWith(NO_COUNTRY);
    }

    /** True for the press named only by its role ("reporters", "journalists": {@code ---MED}). */
    public boolean isPress() {
        return isRoleOnly() && code.endsWith("MED");
    }

    public boolean isKnown() {
        return code != null;
    }
}
