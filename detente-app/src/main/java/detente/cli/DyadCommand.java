package detente.cli;

import detente.analysis.ActorLevel;
import detente.analysis.Analysis;
import detente.analysis.AnalysisJson;
import detente.analysis.DyadPoint;
import detente.analysis.DyadQuery;
import detente.analysis.DyadTimeline;
import detente.analysis.Period;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente dyad A B}: a dyad's timeline with counts by QuadClass, Goldstein and tension per period. */
@Command(name = "dyad",
        description = "Timeline of a dyad: events per period by QuadClass, Goldstein sum, tension (0-100).")
final class DyadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "First actor (country code at country level).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second actor.")
    String b;

    @Mixin
    PeriodOptions period = new PeriodOptions();

    @Option(names = "--by", defaultValue = "week", paramLabel = "PERIOD",
            description = "day, week or month (default: ${DEFAULT-VALUE}).")
    Period by;

    @Mixin
    LevelOption level = new LevelOption(ActorLevel.COUNTRY);

    @Option(names = "--directed", description = "Only events where A acts on B.")
    boolean directed;

    @Mixin
    AnalysisFormatOption format = new AnalysisFormatOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openReadOnly()) {
            Analysis analysis = new Analysis(s);
            KnownActors.require(analysis, a, level.level);
            KnownActors.require(analysis, b, level.level);
            DyadTimeline t = analysis.dyad(new DyadQuery(a, b, period.from, period.to, level.level, directed,
                    by));
            if (format.format == AnalysisFormat.json) {
                out.println(AnalysisJson.write(t));
                return 0;
            }
            out.printf(Locale.ROOT, "%s %s %s (%s, by %s): %d events%n", a, directed ? "->" : "--", b,
                    level.level.name().toLowerCase(Locale.ROOT), by.name().toLowerCase(Locale.ROOT), t.events());
            out.printf(Locale.ROOT, "%-10s %6s %5s %5s %5s %5s %9s %7s  %s%n", "period", "events", "vcoop", "mcoop",
                    "vconf", "mconf", "goldstein", "tension", "events");
            int quiet = 0;
            for (DyadPoint p : t.points()) {
                if (p.events() == 0) {
                    quiet++; // a run of empty periods is one line: the table shows the data that is there
                    continue;
                }
                quiet = printQuiet(out, quiet);
                out.printf(Locale.ROOT, "%-10s %6d %5d %5d %5d %5d %9.1f %7.1f  %s%n", p.period(), p.events(),
                        p.quad()[0], p.quad()[1], p.quad()[2], p.quad()[3], p.goldstein(), p.tension(),
                        AnalysisFormat.ids(p.eventIds(), 3));
            }
            printQuiet(out, quiet);
        }
        return 0;
    }

    private int printQuiet(PrintWriter out, int periods) {
        if (periods > 0) {
            String unit = by.name().toLowerCase(Locale.ROOT);
            out.printf(Locale.ROOT, "%-10s %s%n", "...", periods + " " + unit + (periods == 1 ? "" : "s")
                    + " without events (--format json lists every " + unit + ")");
        }
        return 0;
    }
}
