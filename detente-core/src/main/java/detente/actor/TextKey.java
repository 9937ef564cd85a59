package detente.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names are compared in: accents removed, lower case, typographic apostrophes and dashes unified,
 * whitespace folded, {@code _} read as a space (the word joiner of PETRARCH dictionaries). "Erdoğan" and "ERDOGAN"
 * share a key; so do "Côte d’Ivoire" and "Cote d'Ivoire".
 */
public final class TextKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKey() {
    }

    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace("\u0131", "i").replace('_', ' ');
        return SPACES.matcher(folded.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** True when a name is an acronym that must match case-sensitively ("US" is not "us", "IS" is not "is"). */
    public static boolean isAcronym(String name) {
        String letters = name.replace(".", "").replace("-", "");
        return letters.length() <= 5 && !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase);
    }
}
