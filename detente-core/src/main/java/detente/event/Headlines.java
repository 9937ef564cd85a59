package detente.event;

import detente.doc.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A headline is often the clearest statement of an article's main event, so it is coded; when the body reports the
 * same event (same CAMEO root, same dyad of countries or actors), the body's event is kept, as its sentence is the
 * fuller one.
 */
final class Headlines {

    private Headlines() {
    }

    /** The headline's events that no body event reports again. */
    static List<Event> notInBody(List<Event> headline, List<Event> body, EventTrace trace) {
        List<Event> kept = new ArrayList<>();
        for (Event e : headline) {
            Event same = body.stream().filter(b -> sameReport(e, b)).findFirst().orElse(null);
            if (same != null) {
                trace.note("headline event " + e.cameo() + " " + e.source().code() + " -> "
                        + (e.target() == null ? "(none)" : e.target().code()) + " dropped: sentence " + same.sentence()
                        + " reports it (" + same.cameo() + ")");
            } else {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean sameReport(Event headline, Event body) {
        // A headline that names no target ("Pakistan recalls ambassador") tells the body's event more briefly.
        return headline.root().equals(body.root()) && sameEnd(headline.source(), body.source())
                && (headline.target() == null
                || body.target() != null && sameEnd(headline.target(), body.target()));
    }

    /** "Pakistan" in the headline and "Pakistani jets" in the body are one end of the dyad. */
    private static boolean sameEnd(detente.doc.Participant a, detente.doc.Participant b) {
        if (a.group() != null || b.group() != null) {
            return Objects.equals(a.group(), b.group());
        }
        return a.country() != null ? Objects.equals(a.country(), b.country()) : Objects.equals(a.key(), b.key());
    }
}
