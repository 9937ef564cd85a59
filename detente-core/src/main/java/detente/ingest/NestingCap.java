package detente.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Bounds how deep the extractor's element tree goes. Scoring and cleaning look at each element's text and
 * descendants, which costs the sum of all depths: linear on real pages (a few dozen levels) but quadratic on a
 * page of 100,000 nested {@code <div>}s. An element at the cap keeps its text as paragraphs and loses the
 * elements under it; real pages nest a few dozen levels.
 */
final class NestingCap {

    /** The deepest element, counted from the body, that keeps its children as elements. */
    static final int MAX_DEPTH = 100;

    private NestingCap() {
    }

    /** Flattens every element {@code maxDepth} levels below {@code root}; returns how many were flattened. */
    static int flatten(Element root, int maxDepth) {
        List<Element> capped = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= maxDepth && node instanceof Element element) {
                    if (!element.children().isEmpty()) {
                        capped.add(element);
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : capped) {
            List<String> paragraphs = BlockTextRenderer.paragraphs(element);
            element.empty();
            for (String paragraph : paragraphs) {
                element.appendElement("p").text(paragraph);
            }
        }
        return capped.size();
    }
}
