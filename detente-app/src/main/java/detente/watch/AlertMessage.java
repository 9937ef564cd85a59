package detente.watch;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One alert as people read it: a title, a text with its events and their sentences, and links to them on the
 * dashboard (when its address is set) and in the API.
 */
public record AlertMessage(String key, String kind, String a, String b, LocalDate from, LocalDate to, double score,
                           String title, String text, List<EventLine> events) {

    public static final String TENSION = "tension";

    /** An event behind the alert, with the sentence of its first report. */
    public record EventLine(String id, LocalDate date, String source, String target, String cameo, String sentence,
                            Long articleSeq) {
    }

    public AlertMessage {
        events = List.copyOf(events);
    }

    static AlertMessage of(String kind, String a, String b, LocalDate from, LocalDate to, double score, String why,
                           List<EventLine> events, String dashboardUrl) {
        String title = String.format(Locale.ROOT, "%s: %s – %s, week of %s", capital(kind), a, b, from);
        StringBuilder text = new StringBuilder(title).append(" (").append(why).append(")\n");
        String base = dashboardUrl == null ? "" : dashboardUrl.replaceAll("/+$", "");
        for (EventLine e : events) {
            text.append(String.format(Locale.ROOT, "- %s %s → %s (CAMEO %s): \"%s\"%n  %s/event.html?id=%s", e.date(),
                    e.source(), e.target(), e.cameo(), e.sentence() == null ? "" : e.sentence().strip(), base,
                    e.id()));
            text.append('\n');
        }
        if (!base.isEmpty()) {
            text.append("Dyad: ").append(base).append("/dyad.html?a=").append(a).append("&b=").append(b).append('\n');
        }
        return new AlertMessage(kind + "|" + a + "|" + b + "|" + from, kind, a, b, from, to, score, title,
                text.toString(), events);
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
