package detente.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Second cleaning pass, inside the chosen container: gathers sibling paragraphs that belong to the article and
 * removes blocks that look like link lists, share bars, image galleries or headline teasers.
 */
final class ContentCleaner {

    private static final Set<String> CONDITIONAL_TAGS = Set.of("form", "fieldset", "table", "ul", "ol", "div",
            "section", "dl");

    private final ContentScorer scorer;

    ContentCleaner(ContentScorer scorer) {
        this.scorer = scorer;
    }

    /** A new element holding the top candidate and the siblings that continue it. */
    Element gather(Element top) {
        Element article = new Element("div");
        Element parent = top.parent();
        if (parent == null) {
            article.appendChild(top);
            return article;
        }
        double topScore = scorer.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : List.copyOf(parent.children())) {
            if (sibling == top || belongs(sibling, top, topScore, threshold)) {
                article.appendChild(sibling);
            }
        }
        return article;
    }

    private boolean belongs(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        if (scorer.score(sibling) + bonus >= threshold && scorer.score(sibling) > 0) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double linkDensity = ContentScorer.linkDensity(sibling);
        if (text.length() > 80) {
            return linkDensity < 0.25;
        }
        return !text.isEmpty() && linkDensity == 0 && text.matches("(?s).*[.!?]\\s*$");
    }

    /**
     * Removes headings that repeat the title and blocks that are not prose. The blocks {@link #gather} chose (the
     * direct children of {@code article}) stay: they were already judged as a whole.
     */
    void clean(Element article) {
        article.select("h1").remove();
        for (Element heading : article.select("h2, h3, h4, h5, h6")) {
            if (ContentHints.weight(heading) < 0 || ContentScorer.linkDensity(heading) > 0.33) {
                heading.remove();
            }
        }
        List<Element> elements = article.getAllElements();
        for (int i = elements.size() - 1; i > 0; i--) {
            Element element = elements.get(i);
            if (element.parent() != null && element.parent() != article
                    && CONDITIONAL_TAGS.contains(element.normalName()) && isFishy(element)) {
                element.remove();
            }
        }
        for (Element inline : article.select("p span, p div")) {
            if (inline.parent() != null && isInlineLinkCluster(inline)) {
                inline.remove();
            }
        }
        for (Element element : article.select("p, div, span, li")) {
            String own = element.text().trim().toLowerCase(Locale.ROOT);
            if (own.equals("advertisement") || own.equals("advertisements") || own.equals("sponsored")) {
                element.remove();
            }
        }
    }

    /** A hover card or link cluster hidden inside running text: several links and little else. */
    private static boolean isInlineLinkCluster(Element inline) {
        return inline.text().length() > 100 && inline.select("a").size() >= 3
                && ContentScorer.linkDensity(inline) > 0.7;
    }

    private boolean isFishy(Element element) {
        int weight = ContentHints.weight(element);
        if (weight + scorer.score(element) < 0) {
            return true;
        }
        String text = element.text();
        if (ContentScorer.commas(text) >= 10) {
            return false;
        }
        String tag = element.normalName();
        int paragraphs = element.select("p").size();
        int listItems = element.select("li").size() - 100;
        int inputs = element.select("input").size();
        int embeds = element.select("embed, object, iframe").size();
        double linkDensity = ContentScorer.linkDensity(element);
        int length = text.length();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList && listItems > paragraphs && !element.parents().is("ul, ol")) {
            return true;
        }
        if (inputs > paragraphs / 3) {
            return true;
        }
        if (weight < 25 && linkDensity > 0.2 && !(isList && linkDensity < 0.5 && length > 200)) {
            return true;
        }
        if (weight >= 25 && linkDensity > 0.5) {
            return true;
        }
        if ((embeds == 1 && length < 75) || embeds > 1) {
            return true;
        }
        return isList && length < 25 && paragraphs == 0 && linkDensity > 0;
    }
}
