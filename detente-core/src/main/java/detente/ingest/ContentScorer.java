package detente.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Scores containers by the paragraphs they hold (text length, commas, link density, class/id hints) and picks the
 * one most likely to be the article body, in the Readability tradition.
 */
final class ContentScorer {

    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "section", "h2", "h3",
            "li");
    private static final Set<String> PARAGRAPH_LIKE_CHILDREN = BlockTextRenderer.BLOCK_TAGS;
    private static final int MIN_PARAGRAPH_LENGTH = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    /** The best container under {@code body}, or {@code body} itself when nothing scores. */
    Element topCandidate(Element body) {
        for (Element element : body.getAllElements()) {
            String text;
            Element ancestor;
            if (isScoredParagraph(element)) {
                text = element.text();
                ancestor = element.parent();
            } else if (hasLooseText(element)) {
                text = element.ownText();
                ancestor = element;
            } else {
                continue;
            }
            if (text.length() < MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + score / divider, (old, add) -> old + score / divider);
            }
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        Map<Element, double[]> lengths = textAndLinkLengths(body);
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double[] l = lengths.get(entry.getKey());
            double density = l == null || l[0] == 0 ? 0 : Math.min(1.0, l[1] / l[0]);
            entry.setValue(entry.getValue() * (1 - density));
        }
        for (Element element : body.getAllElements()) {
            Double score = scores.get(element);
            if (score != null && score > topScore) {
                top = element;
                topScore = score;
            }
        }
        if (top == null) {
            return body;
        }
        return climb(top, body);
    }

    double score(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    private Element climb(Element top, Element body) {
        Element candidate = top;
        double lastScore = score(candidate);
        double threshold = lastScore / 3;
        Element parent = candidate.parent();
        while (parent != null && parent != body) {
            Double parentScore = scores.get(parent);
            if (parentScore != null) {
                if (parentScore < threshold) {
                    break;
                }
                if (parentScore > lastScore) {
                    candidate = parent;
                    break;
                }
                lastScore = parentScore;
            }
            parent = parent.parent();
        }
        while (candidate.parent() != null && candidate.parent() != body && candidate.parent().childrenSize() == 1) {
            candidate = candidate.parent();
        }
        return candidate;
    }

    private static boolean isScoredParagraph(Element element) {
        String tag = element.normalName();
        if (SCORED_TAGS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div")) {
            return false;
        }
        for (Element child : element.children()) {
            if (PARAGRAPH_LIKE_CHILDREN.contains(child.normalName())) {
                return false;
            }
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A container with block children that also holds prose directly, between {@code <br>}s. */
    private static boolean hasLooseText(Element element) {
        String tag = element.normalName();
        return (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("td")
                || tag.equals("main")) && element.ownText().length() >= MIN_PARAGRAPH_LENGTH;
    }

    private static double initialScore(Element element) {
        int base = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ContentHints.weight(element);
    }

    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                count++;
            }
        }
        return count;
    }

    /**
     * Every element's text length and the part of it inside links (weighted as {@link #linkDensity} weighs them),
     * in one pass over the tree: asking each element for its text and links again cost the sum of all depths.
     * Lengths count whitespace runs as one character, as {@code text()} does.
     */
    static Map<Element, double[]> textAndLinkLengths(Element root) {
        Map<Element, double[]> out = new IdentityHashMap<>();
        java.util.ArrayDeque<double[]> open = new java.util.ArrayDeque<>();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    open.push(new double[2]);
                } else if (node instanceof TextNode text && !open.isEmpty()) {
                    open.peek()[0] += collapsedLength(text.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                double[] own = open.pop();
                if (element.normalName().equals("a")) {
                    own[1] = own[0] * (element.attr("href").startsWith("#") ? 0.3 : 1);
                }
                out.put(element, own);
                if (!open.isEmpty()) {
                    open.peek()[0] += own[0];
                    open.peek()[1] += own[1];
                }
            }
        }, root);
        return out;
    }

    private static int collapsedLength(String text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
                space = true;
            } else {
                length += space ? 2 : 1;
                space = false;
            }
        }
        return length;
    }

    /** Share of the element's text that sits inside links. */
    static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            linked += (int) (link.text().length() * coefficient);
        }
        return Math.min(1.0, (double) linked / total);
    }
}
