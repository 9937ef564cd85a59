package detente.actor;

import detente.dict.DictionarySource;
import detente.dict.TsvDictionary;
import detente.doc.Actor;

import java.util.Set;
import java.util.TreeSet;

/**
 * The CAMEO actor type codes of {@code actors/types.tsv} ({@code GOV}, {@code CVL}, {@code NGO}, …): roles and
 * kinds of actor that name no one by themselves. Other coders' data (GDELT) writes such a role with no country as
 * the bare code; detente writes {@code ---GOV}.
 */
public final class ActorTypes {

    static final String FILE = "actors/types.tsv";

    private final Set<String> codes;

    private ActorTypes(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    public static ActorTypes builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static ActorTypes load(DictionarySource source) {
        Set<String> codes = new TreeSet<>();
        for (TsvDictionary.Row row : TsvDictionary.rows(source, FILE)) {
            String code = row.field(0).strip();
            if (!code.matches("[A-Z]{3}")) {
                throw TsvDictionary.error(source, FILE, row, "a type code is three capital letters, found '" + code
                        + "'");
            }
            codes.add(code);
        }
        return new ActorTypes(codes);
    }

    /** The codes, sorted. */
    public Set<String> codes() {
        return new TreeSet<>(codes);
    }

    /**
     * Whether an actor names only a role: detente's {@code ---GOV}, or another coder's bare type code with no
     * country and no known group ({@code GOV}).
     */
    public boolean isRoleOnly(String code, String country, String group) {
        if (code == null) {
            return false;
        }
        return code.startsWith(Actor.NO_COUNTRY) || (country == null || country.isEmpty())
                && (group == null || group.isEmpty()) && code.length() >= 3 && codes.contains(code.substring(0, 3));
    }
}
