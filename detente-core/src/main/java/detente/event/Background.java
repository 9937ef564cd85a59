package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;
import detente.event.ContextWords.WordClass;

import java.util.regex.Pattern;

/**
 * An event told in passing as background: a noun phrase brought in by "despite", "since" or "after" and dated by
 * an explicit earlier year ("despite the 2013 deal between Washington and Moscow", "since the 1979 revolution").
 * It happened before the article, so it is no new event of the article's date.
 */
final class Background {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private final Document document;
    private final DependencyGraph graph;
    private final ContextWords words;

    Background(Document document, DependencyGraph graph, ContextWords words) {
        this.document = document;
        this.graph = graph;
        this.words = words;
    }

    /** Why the noun trigger is background, or null when it is not. */
    String of(int trigger) {
        Token token = document.token(trigger);
        if (!token.isNoun()) {
            return null;
        }
        String preposition = null;
        for (int c : graph.children(trigger, "case")) {
            if (words.is(WordClass.BACKGROUND, document.token(c).lemma())) {
                preposition = document.token(c).text();
            }
        }
        String subtype = graph.headEdge(trigger) == null ? "" : graph.headEdge(trigger).subtype();
        if (preposition == null && words.is(WordClass.BACKGROUND, subtype)) {
            preposition = subtype;
        }
        if (preposition == null) {
            return null;
        }
        int year = explicitYear(trigger);
        int published = document.article().date() == null ? Integer.MAX_VALUE : document.article().date().getYear();
        return year > 0 && year < published ? "background: '" + preposition + "' with the year " + year : null;
    }

    /** A year among the noun's dependents: "the 2013 deal", "the deal of 2013", "the deal in 2013". */
    private int explicitYear(int noun) {
        for (var child : graph.children(noun)) {
            int c = child.dependent();
            if (YEAR.matcher(document.token(c).text()).matches()) {
                return Integer.parseInt(document.token(c).text());
            }
            String base = child.baseRelation();
            if (base.equals("nmod") || base.equals("obl")) {
                for (var grandchild : graph.children(c)) {
                    String text = document.token(grandchild.dependent()).text();
                    if (YEAR.matcher(text).matches() && grandchild.relation().equals("nummod")) {
                        return Integer.parseInt(text);
                    }
                }
            }
        }
        return -1;
    }
}
