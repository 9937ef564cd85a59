package detente.cli;

import detente.analysis.Alert;
import detente.analysis.Analysis;
import detente.analysis.AnalysisJson;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente alerts}: dyads whose weekly conflict or cooperation left their own baseline. */
@Command(name = "alerts",
        description = "Escalation and de-escalation alerts: weeks far from a dyad's own baseline (robust z-score).")
final class AlertsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "Weeks starting on or after this day (default: the last 4 weeks of data).")
    LocalDate since;

    @Mixin
    AnalysisFormatOption format = new AnalysisFormatOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openReadOnly()) {
            List<Alert> alerts = new Analysis(s).alerts(since);
            if (format.format == AnalysisFormat.json) {
                out.println(AnalysisJson.write(alerts));
                return 0;
            }
            out.printf(Locale.ROOT, "%-10s %-10s %-14s %-8s %-8s %6s %8s %8s  %s%n", "from", "to", "kind", "a", "b",
                    "score", "baseline", "observed", "events");
            for (Alert a : alerts) {
                out.printf(Locale.ROOT, "%-10s %-10s %-14s %-8s %-8s %6.1f %8.1f %8.1f  %s%n", a.from(), a.to(),
                        a.kind(), a.a(), a.b(), a.score(), a.baseline(), a.observed(),
                        AnalysisFormat.ids(a.eventIds(), 3));
            }
            if (alerts.isEmpty()) {
                out.println("(no alerts)");
            }
        }
        return 0;
    }
}
