package detente.fact;

import detente.doc.Document;
import detente.doc.Event;

import java.util.List;

/**
 * Ties a quantity to the event it belongs to. A casualty count belongs to the material-conflict (quad 4) event
 * of its sentence, else to the nearest such event before it in its paragraph ("the bombing ... 93 dead"); any
 * other quantity to the nearest event of its sentence.
 */
final class EventLinker {

    private final Document document;
    private final List<Event> events;
    private final Paragraphs paragraphs;

    EventLinker(Document document, List<Event> events, Paragraphs paragraphs) {
        this.document = document;
        this.events = events;
        this.paragraphs = paragraphs;
    }

    String casualtyEvent(int offset) {
        int sentence = sentenceAt(offset);
        Event best = nearest(offset, sentence, true);
        if (best != null) {
            return best.id();
        }
        int paragraph = paragraphs.indexOf(offset);
        Event before = null;
        for (Event e : events) {
            if (e.quad() == 4 && e.trigger().start() < offset && paragraphs.indexOf(e.trigger().start()) == paragraph) {
                before = e;
            }
        }
        return before == null ? null : before.id();
    }

    String sameSentence(int offset) {
        Event best = nearest(offset, sentenceAt(offset), false);
        return best == null ? null : best.id();
    }

    private Event nearest(int offset, int sentence, boolean materialConflict) {
        Event best = null;
        for (Event e : events) {
            if (e.sentence() == sentence && (!materialConflict || e.quad() == 4)
                    && (best == null || Math.abs(e.trigger().start() - offset) < Math.abs(best.trigger().start() - offset))) {
                best = e;
            }
        }
        return best;
    }

    private int sentenceAt(int offset) {
        for (var s : document.sentences()) {
            if (offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }
}
