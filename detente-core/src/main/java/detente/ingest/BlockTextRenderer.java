package detente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as paragraphs: block elements (p, div, h2, li, ...) end a paragraph, {@code <br>} ends a line,
 * and whitespace inside a paragraph collapses to single spaces.
 */
final class BlockTextRenderer {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "figure", "header", "footer", "hr", "address", "center", "form", "fieldset", "aside", "nav",
            "details", "summary", "body", "html", "caption");

    private BlockTextRenderer() {
    }

    /** The element's text as paragraphs, without empty ones. */
    static List<String> paragraphs(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.endParagraph();
        return collector.paragraphs;
    }

    /** The element's text with paragraphs separated by a blank line. */
    static String text(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    lineBreak();
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = current.length() > 0;
                } else if (BLOCK_TAGS.contains(tag)) {
                    endParagraph();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                endParagraph();
            }
        }

        private void appendText(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                    pendingSpace = current.length() > 0;
                } else {
                    if (pendingSpace && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
                        current.append(' ');
                    }
                    pendingSpace = false;
                    current.append(c);
                }
            }
        }

        private void lineBreak() {
            if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
                endParagraph();
            } else if (current.length() > 0) {
                current.append('\n');
            }
            pendingSpace = false;
        }

        void endParagraph() {
            String paragraph = current.toString().strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
            pendingSpace = false;
        }
    }
}
