package detente.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: the hints a content scorer reads ("article", "story-body" versus
 * "comment", "share", "related"). Patterns, not site names: nothing here is specific to one site.
 */
final class ContentHints {

    /** Containers that are almost never the article: removed before scoring (unless also {@link #MAYBE}). */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|footer|gdpr"
            + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
            + "|ad-break|agegate|pagination|pager|popup|modal|newsletter|subscribe|signup|promo|share|sharing"
            + "|outbrain|taboola|recommend|trending|most-?popular|more-?stories|read-?more|also-?read|nav\\b"
            + "|navbar|masthead|toolbar|paywall|print-only|visually-?hidden|sr-only|screen-?reader",
            Pattern.CASE_INSENSITIVE);

    /** Hints that rescue an {@link #UNLIKELY} element: it may still hold the article. */
    static final Pattern MAYBE = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post|text", Pattern.CASE_INSENSITIVE);

    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|h-?entry|main|page|pagination|post|text|blog|story|prose|rich-?text",
            Pattern.CASE_INSENSITIVE);

    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
            + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
            + "|shopping|tags|tool|widget|caption|byline|author|dateline|timestamp|newsletter|subscribe|social"
            + "|recirc|taboola|recommend|signup|teaser|cta\\b|photo|image|gallery|credit|slideshow",
            Pattern.CASE_INSENSITIVE);

    /** Comment sections and comment forms: these never reach the text, whatever their score. */
    static final Pattern COMMENTS = Pattern.compile(
            "(^|[\\s_-])(comments?|comment-?(list|form|section|area|respond|thread)|commentlist|respond|disqus"
            + "|replies|reply-?form|discussion|talkback)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);

    private ContentHints() {
    }

    /** The element's class names and id, joined with a space. */
    static String classAndId(Element element) {
        String className = element.className();
        String id = element.id();
        if (id.isEmpty()) {
            return className;
        }
        return className.isEmpty() ? id : className + " " + id;
    }

    /** Class weight in the Readability tradition: +25 for a positive hint, -25 for a negative one. */
    static int weight(Element element) {
        int weight = 0;
        String className = element.className();
        if (!className.isEmpty()) {
            if (NEGATIVE.matcher(className).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(className).find()) {
                weight += 25;
            }
        }
        String id = element.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    static boolean isUnlikely(Element element) {
        String hints = classAndId(element).toLowerCase(Locale.ROOT) + " " + element.attr("role");
        return !hints.isBlank() && UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find();
    }

    static boolean isCommentSection(Element element) {
        String hints = classAndId(element);
        return !hints.isEmpty() && COMMENTS.matcher(hints).find();
    }
}
