package detente.dedup;

import detente.doc.Document;
import detente.doc.Sentence;
import detente.doc.TextSpan;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where things happened, until the facts stage resolves places: a run of NER {@code LOCATION} tokens right after
 * "in", "at", "near" or "outside" ("talks in Ankara"). One list per sentence, in text order.
 */
public final class Places {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "outside");

    /** A place phrase in a sentence. */
    public record Place(int sentence, TextSpan span) {
    }

    private Places() {
    }

    public static List<Place> of(Document d) {
        List<Place> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            List<Token> tokens = d.tokensOf(s);
            for (int i = 1; i < tokens.size(); i++) {
                if (!isLocation(tokens.get(i)) || !PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase())) {
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && isLocation(tokens.get(j + 1))) {
                    j++;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(j).end();
                out.add(new Place(s.index(), new TextSpan(d.textOf(start, end), start, end)));
                i = j;
            }
        }
        return out;
    }

    /**
     * The place phrase an event is matched and stored with: the facts stage's resolved location when it found
     * one, else the first place phrase of the event's sentence. The store and the Spark job both use this.
     */
    public static String ofEvent(detente.doc.Event event, List<Place> places) {
        if (event.location() != null && event.location().name() != null) {
            return event.location().name();
        }
        return inSentence(places, event.sentence());
    }

    /** The first place of a sentence, or null. */
    public static String inSentence(List<Place> places, int sentence) {
        for (Place p : places) {
            if (p.sentence() == sentence) {
                return p.span().text();
            }
        }
        return null;
    }

    private static boolean isLocation(Token t) {
        return "LOCATION".equals(t.ner());
    }
}
