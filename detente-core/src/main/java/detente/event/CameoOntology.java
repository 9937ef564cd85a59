package detente.event;

import detente.dict.DictionarySource;
import detente.dict.TsvDictionary;
import detente.doc.Plover;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO 1.1b3 event codes of {@code events/cameo.tsv}. Dictionaries from other coders (PETRARCH, TABARI)
 * may use codes outside CAMEO (WEIS-like {@code 345}, {@code 075A}, {@code 1010}); {@link #withCodes} registers
 * those with a derived entry, while {@code events/patterns.txt} stays limited to the codes of the table.
 */
public final class CameoOntology {

    private final Map<String, CameoCode> codes;
    /** Codes of the {@code force} column: they and the codes under them are coercion or violence. */
    private final Set<String> force;
    /** The {@code refused_as} column: a code (and the codes under it) → its rejection code. */
    private final Map<String, String> refusals;

    private CameoOntology(Map<String, CameoCode> codes, Set<String> force, Map<String, String> refusals) {
        this.codes = Map.copyOf(codes);
        this.force = Set.copyOf(force);
        this.refusals = Map.copyOf(refusals);
    }

    public static CameoOntology builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static CameoOntology load(DictionarySource source) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        Set<String> force = new HashSet<>();
        Map<String, String> refusals = new HashMap<>();
        String file = "events/cameo.tsv";
        for (TsvDictionary.Row row : TsvDictionary.rows(source, file)) {
            String[] f = row.fields();
            if (f.length < 8) {
                throw TsvDictionary.error(source, file, row, "expected 8 tab-separated columns, found " + f.length);
            }
            Plover plover = f[4].isEmpty() ? null : new Plover(f[4], blankToNull(f[5]), blankToNull(f[6]));
            codes.put(f[0], new CameoCode(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), plover, f[7]));
            if (row.field(8).equals("yes")) {
                force.add(f[0]);
            }
            if (!row.field(9).isBlank()) {
                refusals.put(f[0], row.field(9).strip());
            }
        }
        return new CameoOntology(codes, force, refusals);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    /**
     * This ontology plus a derived entry for each of {@code extra} it does not know: root = the first two
     * characters, QuadClass by root where the root is 01–20 (else 0), Goldstein 0, no PLOVER reading.
     */
    public CameoOntology withCodes(Collection<String> extra) {
        Map<String, CameoCode> all = new LinkedHashMap<>(codes);
        for (String code : extra) {
            all.computeIfAbsent(code, CameoOntology::derived);
        }
        return new CameoOntology(all, force, refusals);
    }

    /** The entry {@link #withCodes} makes for a code outside the table. */
    static CameoCode derived(String code) {
        String root = code.length() >= 2 ? code.substring(0, 2) : code;
        int quad = 0;
        if (root.chars().allMatch(Character::isDigit)) {
            int r = Integer.parseInt(root);
            quad = r >= 1 && r <= 5 ? 1 : r >= 6 && r <= 9 ? 2 : r >= 10 && r <= 14 ? 3 : r >= 15 && r <= 20 ? 4 : 0;
        }
        return new CameoCode(code, root, quad, 0.0, null, "(not in CAMEO: " + code + ")");
    }

    /** Whether {@code code} is coercion or violence ({@code force} on it or a code above it): claimable, accusable. */
    public boolean isForce(String code) {
        return closest(code, force::contains) != null;
    }

    /**
     * The rejection code that a stated refusal of {@code code} is coded as ({@code refused_as} on it or the
     * closest code above it), or null when refusing it is no rejection ("will not attack").
     */
    public String refusedAs(String code) {
        String from = closest(code, refusals::containsKey);
        return from == null ? null : refusals.get(from);
    }

    /** The longest prefix of {@code code}, down to its root, that {@code has}; null when none. */
    private static String closest(String code, java.util.function.Predicate<String> has) {
        for (int length = code.length(); length >= 2; length--) {
            String prefix = code.substring(0, length);
            if (has.test(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
