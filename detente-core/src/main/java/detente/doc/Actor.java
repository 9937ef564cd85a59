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

    public boolean isKnown() {
        return code != null;
    }
}
