package detente.store;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Layer;
import detente.doc.Participant;
import detente.doc.Place;
import detente.doc.Plover;
import detente.doc.Sentence;
import detente.doc.TextSpan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Hand-built coded documents, so store tests run without CoreNLP. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** The country of a test code: its first three letters, none for a role-only actor ({@code ---GOV}). */
    private static String country(String code) {
        return code.startsWith("---") ? null : code.substring(0, 3);
    }

    /** A one-sentence article "<source> <verb> <target>." with one coded event. */
    static Document report(String id, String date, String source, String target, String cameo, String text) {
        return report(id, date, source, target, cameo, text, cameo + ":{S} test {T}");
    }

    /** The same, coded by {@code rule} ("model:r1-test" for the learned reading). */
    static Document report(String id, String date, String source, String target, String cameo, String text,
                           String rule) {
        LocalDate day = LocalDate.parse(date);
        Article article = new Article(id, null, day, null, null, null, "en", text);
        Participant s = new Participant(source, country(source), null, source + " name", text.substring(0, 4),
                0, 4);
        Participant t = target == null ? null : new Participant(target, country(target), null,
                target + " name", text.substring(5, 9), 5, 9);
        Event e = new Event(Integer.toHexString((id + cameo + source + target).hashCode()), id, day, s, t, cameo,
                cameo.substring(0, 2), cameo.startsWith("19") ? 4 : 1, cameo.startsWith("19") ? -10.0 : 1.0,
                new Plover(cameo.startsWith("19") ? "ASSAULT" : "CONSULT", null, null), 0, text,
                new TextSpan(text.substring(10, 14), 10, 14), rule, 0.9,
                new Place("Ankara", "TUR", "68", 39.92, 32.85, "city", "clause", 0, 6), "reported", null);
        return new Document(article, EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.EVENTS),
                List.of(new Sentence(0, 0, text.length(), 0, 0)), List.of(), List.of(), List.of(), List.of(e),
                List.of(), List.of(), List.of());
    }
}
