package detente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * First cleaning pass over a whole page, before any scoring: removes what is never article text (scripts, forms,
 * navigation, asides, footers, captions, hidden elements, comment sections) and, when asked, containers whose class
 * or id marks them as unlikely to hold the article.
 */
final class BoilerplateRemover {

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "label", "nav",
            "aside", "footer", "figcaption", "figure", "dialog", "menu", "header", "link", "meta", "audio", "video",
            "picture", "img", "map", "source", "head");

    private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a", "table",
            "tbody", "tr", "td", "th", "p", "code", "pre");

    private BoilerplateRemover() {
    }

    /** Removes boilerplate from {@code body} in place. */
    static void strip(Element body, boolean removeUnlikely) {
        int bodyLength = Math.max(1, body.text().length());
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element element && node != body && isBoilerplate(element, removeUnlikely,
                        bodyLength)) {
                    doomed.add(node);
                }
            }
        }, body);
        for (Node node : doomed) {
            if (node.parent() != null) {
                node.remove();
            }
        }
        for (Element form : body.select("form")) {
            form.unwrap();
        }
    }

    private static boolean isBoilerplate(Element element, boolean removeUnlikely, int bodyLength) {
        String tag = element.normalName();
        if (NEVER_CONTENT.contains(tag)) {
            return true;
        }
        if (isHidden(element)) {
            return true;
        }
        if (tag.equals("form") && isInteractiveForm(element)) {
            return true;
        }
        if (tag.equals("html") || tag.equals("body")) {
            return false;
        }
        if (ContentHints.isCommentSection(element) && !wrapsTheArticle(element)) {
            return true;
        }
        return removeUnlikely && !NEVER_UNLIKELY.contains(tag) && ContentHints.isUnlikely(element)
                && element.text().length() < bodyLength * 0.6;
    }

    /**
     * Whether a comment-hinted element also holds the article (a page-wide wrapper with a class like
     * "comments-open"): then it stays, and only its real comment parts go.
     */
    private static boolean wrapsTheArticle(Element element) {
        return !element.select("article, [itemprop=articleBody], h1").isEmpty();
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) && !element.hasText()) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** A form to fill in (comment, search, newsletter), as opposed to a page-wide ASP.NET form wrapper. */
    private static boolean isInteractiveForm(Element form) {
        if (!form.select("textarea").isEmpty() || ContentHints.isCommentSection(form)) {
            return true;
        }
        return form.text().length() < 400;
    }
}
