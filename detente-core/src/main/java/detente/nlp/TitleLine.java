package detente.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline on the first line of a text with no final stop and only a line break after it ("Pakistan launched
 * airstrikes on Iran\nOfficials gave ..."): a sentence splitter that breaks only at blank lines would run it into
 * the first sentence of the body, so the parser reads it as a sentence of its own.
 */
public final class TitleLine {

    /** A short first line not ending in punctuation, then one line break and a line starting a sentence. */
    private static final Pattern TITLE = Pattern.compile(
            "\\A[ \\t]*(\\S[^\\n]{0,150}?[\\p{L}\\p{N}])[ \\t]*\\n[ \\t]*[\\p{Lu}\"\u201C\u2018']");
    private static final int MAX_WORDS = 20;

    private TitleLine() {
    }

    /** The offset where the title line ends (its line break), or -1 when the text starts with no such line. */
    public static int end(String text) {
        Matcher m = TITLE.matcher(text);
        if (!m.find() || m.group(1).split("\\s+").length > MAX_WORDS) {
            return -1;
        }
        return text.indexOf('\n');
    }
}
