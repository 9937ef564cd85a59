package detente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Paragraph-level guard that keeps comment sections, comment forms and trailing boilerplate lines out of the
 * text, for HTML and plain text alike. Everything from the first comment-section marker on is cut; stand-alone
 * boilerplate lines ("Share this:", "Advertisement") are dropped wherever they are.
 */
final class CommentSectionFilter {

    private static final Pattern COMMENT_SECTION_START = Pattern.compile(
            "^(leave a (reply|comment)|post a comment|add a comment|join the (discussion|conversation)"
            + "|\\d+ (comments?|responses?|replies)|comments?( \\(\\d+\\))?:?|show comments|view comments"
            + "|comments are closed\\.?|comment policy|write a comment|your email address will not be published.*"
            + "|required fields are marked.*|post comment|submit comment|you must be logged in to post a comment.*"
            + "|cancel reply|one (comment|response|reply)( on .*)?|\\d+ thoughts? on .*|be the first to comment.*)"
            + "[.…:!]*$",
            Pattern.CASE_INSENSITIVE);

    /** Stand-alone boilerplate lines, from the data file {@code detente/ingest/boilerplate-lines.txt}. */
    private static final Pattern BOILERPLATE_LINE = boilerplateLines();

    /** Headings of headline lists that close many articles ("You may also like", "Related stories"). */
    private static final Pattern RELATED_START = Pattern.compile(
            "^(you may also like|you might also like|related( articles| stories| posts| content| coverage| news)?"
            + "|more (stories|from .{1,40}|on this topic|news)|recommended( for you| stories)?|read next"
            + "|what to read next|most (read|popular|viewed)|trending( now| stories)?|don't miss|also read"
            + "|see also|top stories|latest (news|stories)|more in .{1,40})[.…:!]*$",
            Pattern.CASE_INSENSITIVE);
    private static final int HEADLINE_LENGTH = 150;

    private CommentSectionFilter() {
    }

    /** Paragraphs up to the first comment-section marker, minus boilerplate lines. */
    public static List<String> filter(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            String line = paragraph.strip();
            if (isCommentSectionStart(line) || startsHeadlineList(paragraphs, i)) {
                break;
            }
            if (RELATED_START.matcher(line).matches()) {
                continue;
            }
            if (!BOILERPLATE_LINE.matcher(line).matches()) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    /**
     * Plain text with the comment section cut off and boilerplate lines removed, line by line, keeping paragraph
     * breaks ({@code \n\n}) as they are.
     */
    public static String cutText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && isCommentSectionStart(stripped)) {
                break;
            }
            if (stripped.isEmpty() || !BOILERPLATE_LINE.matcher(stripped).matches()) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** A "Related stories" heading followed by nothing but headline-length lines. */
    private static boolean startsHeadlineList(List<String> paragraphs, int index) {
        if (!RELATED_START.matcher(paragraphs.get(index).strip()).matches()) {
            return false;
        }
        for (int i = index + 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).length() > HEADLINE_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static Pattern boilerplateLines() {
        String resource = "/detente/ingest/boilerplate-lines.txt";
        try (java.io.InputStream in = CommentSectionFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> alternatives = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    alternatives.add("(?:" + line.strip() + ")");
                }
            }
            return Pattern.compile("^(?:" + String.join("|", alternatives) + ")$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean isCommentSectionStart(String line) {
        return line.length() < 160 && COMMENT_SECTION_START.matcher(line.toLowerCase(Locale.ROOT)).matches();
    }
}
