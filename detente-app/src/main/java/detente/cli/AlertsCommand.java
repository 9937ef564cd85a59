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

    @Option(names = "--mute", arity = "2", paramLabel = "A B",
            description = "Mute the alerts that watch sends for this dyad (country codes), and exit.")
    List<String> mute;

    @Option(names = "--unmute", arity = "2", paramLabel = "A B", description = "Unmute a dyad's alerts, and exit.")
    List<String> unmute;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (mute != null || unmute != null) {
            List<String> dyad = mute != null ? mute : unmute;
            try (Store s = store.openExisting()) {
                detente.watch.AlertWatch.mute(s, dyad.get(0), dyad.get(1), mute != null, java.time.Clock.systemUTC());
            }
            out.println("detente: alerts for " + dyad.get(0) + " – " + dyad.get(1) + (mute != null ? " muted" : " unmuted"));
            return 0;
        }
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
