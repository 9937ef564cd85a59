package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Place;
import detente.doc.Timex;
import detente.doc.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates and locates events. An event's date is that of the time expression governing its clause: attached to
 * the trigger or to the same clause head; else the article's date. Its place is the place phrase of its clause,
 * else one on a clause governing it, else the place of the previous located event of its paragraph, else the
 * article's dateline ("ANKARA, Jan 24 —") when the event's source is at home there or it is a meeting there.
 */
final class EventPlacer {

    private final Document document;
    private final DependencyGraph graph;
    private final List<Timex> timexes;
    private final PlaceResolver places;
    private final Paragraphs paragraphs;

    EventPlacer(Document document, DependencyGraph graph, List<Timex> timexes, PlaceResolver places,
                Paragraphs paragraphs) {
        this.document = document;
        this.graph = graph;
        this.timexes = timexes;
        this.places = places;
        this.paragraphs = paragraphs;
    }

    List<Event> place(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        Place dateline = places.dateline(paragraphs);
        Place previous = null;
        int previousParagraph = -1;
        for (Event e : events) {
            int trigger = triggerToken(e);
            Place location = trigger < 0 ? null : location(e, trigger, events);
            int paragraph = paragraphs.indexOf(e.trigger().start());
            if (location == null && paragraph == previousParagraph) {
                location = previous;
            }
            if (location == null && atHome(e, dateline)) {
                location = dateline;
            }
            if (location != null) {
                previous = location;
                previousParagraph = paragraph;
            }
            out.add(e.withDateAndLocation(trigger < 0 ? e.date() : date(e, trigger), location));
        }
        return out;
    }

    private int triggerToken(Event e) {
        for (Token t : document.tokensOf(document.sentence(e.sentence()))) {
            if (t.start() == e.trigger().start()) {
                return t.index();
            }
        }
        return -1;
    }

    private LocalDate date(Event e, int trigger) {
        int clause = ClauseHeads.clauseHead(graph, document, trigger);
        Timex best = null;
        boolean direct = false;
        for (Timex timex : timexes) {
            if (timex.granularity().equals("duration") || bounds(timex)) {
                continue;
            }
            int head = timexHead(timex, e.sentence());
            if (head < 0) {
                continue;
            }
            boolean attached = graph.head(head) == trigger;
            if (!attached && modifiesNoun(timex, head)) {
                // "revived the 2015 deal": the year dates the deal, not the reviving.
                continue;
            }
            if (attached && !direct || best == null && ClauseHeads.clauseHead(graph, document, head) == clause) {
                best = timex;
                direct = attached;
            }
        }
        return best == null ? e.date() : LocalDate.parse(best.value());
    }

    /** A bare year before a noun ("the 2013 deal"). */
    private boolean modifiesNoun(Timex timex, int head) {
        String relation = graph.relation(head);
        return timex.text().matches("(?:19|20)\\d{2}")
                && (relation.equals("amod") || relation.equals("nummod") || relation.equals("compound"));
    }

    /** "since October", "until Friday", "by Jan. 26": a bound of the event, not its date. */
    private boolean bounds(Timex timex) {
        String before = document.text().substring(Math.max(0, timex.start() - 7), timex.start()).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("since ") || before.endsWith("until ") || before.endsWith("by ")
                || before.endsWith("till ");
    }

    private int timexHead(Timex timex, int sentence) {
        int first = -1;
        int end = -1;
        for (Token t : document.tokensOf(document.sentence(sentence))) {
            if (t.start() < timex.end() && t.end() > timex.start()) {
                first = first < 0 ? t.index() : first;
                end = t.index() + 1;
            }
        }
        return first < 0 ? -1 : ClauseHeads.spanHead(graph, first, end);
    }

    private static boolean overlaps(PlaceResolver.Found f, detente.doc.Participant p) {
        return f.start() < p.end() && f.end() > p.start();
    }

    private Place location(Event e, int trigger, List<Event> all) {
        List<PlaceResolver.Found> found = new ArrayList<>(places.inSentence(document.sentence(e.sentence())));
        // "pointed the finger at Israel": a place phrase that names an actor of an event is no location.
        for (Event other : all) {
            if (other.sentence() == e.sentence()) {
                found.removeIf(f -> overlaps(f, other.source()) || other.target() != null && overlaps(f, other.target()));
            }
        }
        // A verbal event happens where it is said, not where its object is: "condemned the campaign in Gaza".
        boolean verbal = e.quad() == 1 || e.quad() == 3;
        found.removeIf(f -> verbal && graph.head(f.head()) != trigger && graph.head(f.head()) >= 0
                && !document.token(graph.head(f.head())).isVerb());
        int clause = ClauseHeads.clauseHead(graph, document, trigger);
        for (PlaceResolver.Found f : found) {
            if (graph.head(f.head()) == trigger || ClauseHeads.clauseHead(graph, document, f.head()) == clause) {
                return f.place();
            }
        }
        // "In Ankara, Erdogan said he would deepen ties": a place on a clause that governs the event's clause.
        for (PlaceResolver.Found f : found) {
            if (governs(ClauseHeads.clauseHead(graph, document, f.head()), clause)) {
                return f.place();
            }
        }
        return null;
    }

    /**
     * Whether the dateline can stand for the event's place: the source acts in its own country ("TEHRAN — Iran
     * condemned ..."), or a meeting or visit (root 04) takes place in the country of either side.
     */
    private static boolean atHome(Event e, Place dateline) {
        if (dateline == null || dateline.country() == null) {
            return false;
        }
        return dateline.country().equals(e.source().country()) || e.root().equals("04") && e.target() != null
                && dateline.country().equals(e.target().country());
    }

    private boolean governs(int head, int clause) {
        int at = clause;
        for (int hops = 0; hops < 10 && at >= 0; hops++) {
            at = graph.head(at);
            if (at == head) {
                return true;
            }
        }
        return false;
    }
}
