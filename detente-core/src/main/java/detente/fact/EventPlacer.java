package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Place;
import detente.doc.TextSpan;
import detente.doc.Timex;
import detente.doc.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dates and locates events. An event's date is that of the time expression governing its clause: attached to
 * the trigger or to the same clause head; else the article's date, with precision {@code reported}. Its place,
 * first found wins: a place phrase of its clause ({@code clause}); one on a clause governing it, or for a
 * material event anywhere in its sentence ({@code sentence}); the place of the previous located event of its
 * paragraph, or for a material event a place named earlier in the paragraph ({@code paragraph}); the article's
 * dateline ({@code dateline}); the article's dominant place ({@code article}). A verbal event takes the dateline
 * or the dominant place only when its source is at home there or it is a meeting in either side's country.
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
        if (events.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        Place dateline = places.dateline(paragraphs);
        Place dominant = places.dominant(dateline);
        Place previous = null;
        int previousParagraph = -1;
        for (Event e : events) {
            int trigger = triggerToken(e);
            Set<String> sides = sides(e);
            boolean material = e.quad() == 2 || e.quad() == 4;
            int paragraph = paragraphs.indexOf(e.trigger().start());
            Timex when = trigger < 0 ? null : date(e, trigger);
            LocalDate date = when == null ? e.date() : LocalDate.parse(when.value());
            Place location = trigger < 0 ? null : location(e, trigger, events, sides);
            if (location == null && paragraph == previousParagraph && previous != null) {
                location = previous.withPrecision("paragraph");
            }
            if (location == null && material && trigger >= 0) {
                location = earlierInParagraph(e, sides, paragraph);
            }
            // Background told in passing ("Finland joined in April last year") is not where the article is; what
            // happened within a week of it, or in "last week", is.
            LocalDate published = document.article().date();
            boolean current = date == null || published == null || !date.isAfter(published.plusDays(7))
                    && !lastDayOf(date, when).isBefore(published.minusDays(7));
            // "PARIS — ... met at talks in Paris": a meeting is where the article is filed from and talks about.
            boolean meetingHere = e.root().equals("04") && dateline != null && dominant != null
                    && Math.abs(dateline.lat() - dominant.lat()) < 0.05 && Math.abs(dateline.lon() - dominant.lon()) < 0.05;
            if (location == null && current && dateline != null && (atHome(e, dateline) || meetingHere
                    || material && dateline.country() != null && (dateline.country().equals(targetCountry(e))
                    || dominant != null && dateline.country().equals(dominant.country())))) {
                location = dateline;
            }
            if (location == null && current && dominant != null && (material || atHome(e, dominant))) {
                location = dominant.withPrecision("article");
            }
            if (location != null && !location.precision().equals("article")
                    && !location.precision().equals("dateline")) {
                previous = location;
                previousParagraph = paragraph;
            }
            out.add(when == null
                    ? e.withDateAndLocation(e.date(), "reported", null, location)
                    : e.withDateAndLocation(date, when.granularity(),
                    new TextSpan(when.text(), when.start(), when.end()), location));
        }
        return out;
    }

    /** The last day an event's date stands for: the end of its week, month or year. */
    private static LocalDate lastDayOf(LocalDate date, Timex when) {
        return detente.dedup.EventMatch.lastDay(date, when == null ? null : when.granularity());
    }

    /** Where a material event lands: its target's country, else (no target) its source's. */
    private static String targetCountry(Event e) {
        return e.target() != null ? e.target().country() : e.source() == null ? null : e.source().country();
    }

    private static Set<String> sides(Event e) {
        Set<String> sides = new HashSet<>();
        if (e.source() != null && e.source().country() != null) {
            sides.add(e.source().country());
        }
        if (e.target() != null && e.target().country() != null) {
            sides.add(e.target().country());
        }
        return sides;
    }

    /** "Militants attacked a checkpoint near Deir ez-Zor. The attack killed ...": the paragraph's last place. */
    private Place earlierInParagraph(Event e, Set<String> sides, int paragraph) {
        Place found = null;
        for (PlaceResolver.Found f : places.all()) {
            if (f.start() >= e.trigger().start()) {
                break;
            }
            if (f.phrase() && paragraphs.indexOf(f.start()) == paragraph) {
                found = f.place(sides).withPrecision("paragraph");
            }
        }
        return found;
    }

    private int triggerToken(Event e) {
        for (Token t : document.tokensOf(document.sentence(e.sentence()))) {
            if (t.start() == e.trigger().start()) {
                return t.index();
            }
        }
        return -1;
    }

    private Timex date(Event e, int trigger) {
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
        return best;
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

    private Place location(Event e, int trigger, List<Event> all, Set<String> sides) {
        List<PlaceResolver.Found> found = new ArrayList<>(places.inSentence(document.sentence(e.sentence())));
        boolean force = e.quad() == 4 && Set.of("15", "17", "18", "19", "20").contains(e.root());
        int clause = ClauseHeads.clauseHead(graph, document, trigger);
        // "Iran struck Erbil": a town, province or region that an attack or a deployment is aimed at is its place.
        if (force && e.target() != null) {
            for (PlaceResolver.Found f : found) {
                if (overlaps(f, e.target()) && !f.place().level().equals("country")) {
                    return f.place(sides).withPrecision("clause");
                }
            }
        }
        // "pointed the finger at Israel": a place that names an actor is no location, except the country an
        // attack is in ("fired missiles at targets in Syria").
        for (Event other : all) {
            if (other.sentence() == e.sentence()) {
                found.removeIf(f -> !(force && other == e && f.phrase())
                        && (overlaps(f, other.source()) || other.target() != null && overlaps(f, other.target())));
            }
        }
        // A bare capital is mostly its government: "London and Washington have carried out strikes".
        for (detente.doc.Mention m : document.mentions()) {
            if (m.sentence() == e.sentence()) {
                found.removeIf(f -> !f.phrase() && f.start() < m.end() && f.end() > m.start());
            }
        }
        // A verbal event happens where it is said, not where its object is: "condemned the campaign in Gaza".
        boolean verbal = e.quad() == 1 || e.quad() == 3;
        found.removeIf(f -> verbal && graph.head(f.head()) != trigger && graph.head(f.head()) >= 0
                && !document.token(graph.head(f.head())).isVerb());
        List<PlaceResolver.Found> clausal = new ArrayList<>();
        for (PlaceResolver.Found f : found) {
            if (graph.head(f.head()) == trigger || ClauseHeads.clauseHead(graph, document, f.head()) == clause) {
                clausal.add(f);
            }
        }
        if (!clausal.isEmpty()) {
            // Of "in northern Iraq and in Syria", the place in a country of the event's actors.
            PlaceResolver.Found pick = clausal.stream().filter(f -> sides.contains(f.place(sides).country()))
                    .findFirst().orElse(clausal.get(0));
            return pick.place(sides).withPrecision("clause");
        }
        // "In Ankara, Erdogan said he would deepen ties": a place on a clause that governs the event's clause; for a
        // material event also one in a clause under it ("struck, killing five in Idlib").
        boolean material = e.quad() == 2 || e.quad() == 4;
        for (PlaceResolver.Found f : found) {
            int head = ClauseHeads.clauseHead(graph, document, f.head());
            if (f.phrase() && (governs(head, clause) || material && governs(clause, head))) {
                return f.place(sides).withPrecision("sentence");
            }
        }
        return null;
    }

    /**
     * Whether the dateline can stand for the event's place: the source acts in its own country ("TEHRAN — Iran
     * condemned ..."), or a meeting or visit (root 04) takes place in the country of either side.
     */
    private static boolean atHome(Event e, Place dateline) {
        if (dateline.country() == null || e.source() == null) {
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
