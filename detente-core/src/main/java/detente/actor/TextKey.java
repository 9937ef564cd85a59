package detente.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names are compared in: accents removed, lower case, typographic apostrophes and dashes unified,
 * whitespace folded, {@code _} read as a space (the word joiner of PETRARCH dictionaries), the Arabic article's
 * hyphen read as a space. "Erdoğan" and "ERDOGAN" share a key; so do "Côte d’Ivoire" and "Cote d'Ivoire", and
 * "al-Bashir" and "Al Bashir".
 */
public final class TextKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The Arabic article is written "al-Bashir", "Al Bashir" and "al Bashir": one key, "al bashir". */
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}'])(al|el)-(?=\\p{L})");

    private TextKey() {
    }

    public static String of(String text) {
        if (isPlain(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace("\u0131", "i").replace('_', ' ');
        folded = SPACES.matcher(folded.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return ARTICLE.matcher(folded).replaceAll("$1 ");
    }

    /** ASCII without marks, joiners or extra whitespace: its key is its lower case (most names and tokens). */
    private static boolean isPlain(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '_' || c == '-' || c < ' ' || c == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether text names an acronym as written: exactly ("IS", "US", ignoring spaces), or an acronym of four or
     * more letters in the title case some outlets write ("Isis", "Isil", "Nato" for ISIS, ISIL, NATO). Short
     * acronyms stay exact, as "Is" and "Us" are words.
     */
    public static boolean sameAcronym(String acronym, String text) {
        String a = acronym.replace(" ", "");
        String t = text.replace(" ", "");
        if (a.equals(t)) {
            return true;
        }
        String letters = a.replace(".", "").replace("-", "");
        return letters.length() >= 4 && a.equalsIgnoreCase(t) && Character.isUpperCase(t.charAt(0))
                && t.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /** True when a name is an acronym that must match case-sensitively ("US" is not "us", "IS" is not "is"). */
    public static boolean isAcronym(String name) {
        String letters = name.replace(".", "").replace("-", "");
        return letters.length() <= 5 && !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase);
    }
}
