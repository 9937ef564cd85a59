package detente.output;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.doc.Token;
import detente.event.EventCoder;

import java.io.PrintWriter;
import java.util.List;

/**
 * The explanation {@code detente explain} prints and the dashboard's "why?" shows: tokens with their dependencies,
 * actor mentions, every rule the coder tried, and the events it coded. The document must have been through NLP
 * and actor resolution.
 */
public final class Explanation {

    private Explanation() {
    }

    public static void print(Document document, EventCoder coder, PrintWriter out) {
        DependencyGraph graph = document.graph();
        out.println("date: " + document.article().date());
        for (Sentence s : document.sentences()) {
            if (s.cut()) {
                out.println("note: sentence " + (s.index() - 1) + " was longer than "
                        + Sentence.MAX_TOKENS + " tokens; it was cut before token "
                        + s.firstToken() + " and no event joins the parts");
            }
        }
        out.println();
        out.println("tokens:");
        out.printf("  %3s  %-18s %-14s %-5s %-12s %s%n", "#", "text", "lemma", "pos", "ner", "head / relation");
        for (Token t : document.tokens()) {
            int head = graph.head(t.index());
            out.printf("  %3d  %-18s %-14s %-5s %-12s %s %s%n", t.index(), t.text(), t.lemma(), t.pos(), t.ner(),
                    head < 0 ? "ROOT" : head + ":" + document.token(head).text(), graph.relation(t.index()));
        }
        document.sentences().stream().filter(s -> !s.parsed()).forEach(s -> out.printf(
                "  sentence %d [%d,%d) not parsed: %s%n", s.index(), s.start(), s.end(), s.skipped()));
        out.println();
        out.println("mentions:");
        if (document.mentions().isEmpty()) {
            out.println("  (none)");
        }
        for (Mention m : document.mentions()) {
            out.printf("  [%d,%d) %-40s %-12s %-10s %s%s%n", m.start(), m.end(), '"' + m.text() + '"',
                    m.actor().code() == null ? "(unknown)" : m.actor().code(), m.via().label(),
                    m.actor().name() == null ? "" : m.actor().name(),
                    m.sponsor() == null ? "" : "  sponsor " + m.sponsor());
        }
        out.println();
        out.println("rules:");
        List<Event> events = coder.code(document, line -> out.println(line));
        out.println();
        out.println("events: " + events.size());
        for (Event e : events) {
            out.printf("  %s %s -> %s  (%s, goldstein %.1f, quad %d)  trigger '%s' [%d,%d)  rule %s  confidence %.2f%n",
                    e.cameo(), e.source().code(), e.target() == null ? "-" : e.target().code(),
                    e.plover() == null ? "no PLOVER" : e.plover().event(), e.goldstein(), e.quad(),
                    e.trigger().text(), e.trigger().start(), e.trigger().end(), e.rule(), e.confidence());
        }
        out.flush();
    }
}
