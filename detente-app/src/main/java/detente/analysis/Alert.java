package detente.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A dyad whose weekly conflict (escalation) or cooperation (de-escalation) intensity left its own baseline:
 * {@code score} is the robust z-score, {@code baseline} the median of the previous weeks, {@code observed} the
 * week's intensity (the highest week when consecutive weeks are merged), the weeks {@code from}–{@code to} and the
 * events that drove it, strongest first.
 */
public record Alert(String a, String b, String kind, LocalDate from, LocalDate to, double score, double baseline,
                    double observed, List<String> eventIds) {

    public static final String ESCALATION = "escalation";
    public static final String DE_ESCALATION = "de-escalation";

    public Alert {
        eventIds = List.copyOf(eventIds);
    }
}
