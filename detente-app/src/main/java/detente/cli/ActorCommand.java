package detente.cli;

import detente.analysis.ActorLevel;
import detente.analysis.ActorProfile;
import detente.analysis.Analysis;
import detente.analysis.AnalysisJson;
import detente.analysis.DyadPoint;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente actor A}: partners, adversaries, event mix and weekly trend of one actor. */
@Command(name = "actor",
        description = "Profile of an actor: top partners and adversaries, events by CAMEO root, weekly trend.")
final class ActorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "A", description = "Actor (country code at country level).")
    String actor;

    @Mixin
    PeriodOptions period = new PeriodOptions();

    @Mixin
    LevelOption level = new LevelOption(ActorLevel.COUNTRY);

    @Mixin
    AnalysisFormatOption format = new AnalysisFormatOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ActorProfile p;
        try (Store s = store.openReadOnly()) {
            Analysis analysis = new Analysis(s);
            KnownActors.require(analysis, actor, level.level);
            p = analysis.actor(actor, period.from, period.to, level.level);
        }
        if (format.format == AnalysisFormat.json) {
            out.println(AnalysisJson.write(p));
            return 0;
        }
        LocalDate from = period.from;
        LocalDate to = period.to;
        out.printf(Locale.ROOT, "%s%s%n", actor, from == null && to == null ? "" : " " + (from == null ? "" : from)
                + ".." + (to == null ? "" : to));
        counterparts(out, "partners (by cooperation intensity)", p.partners());
        counterparts(out, "adversaries (by conflict intensity)", p.adversaries());
        out.println("event mix by CAMEO root:");
        p.eventMix().forEach((root, n) -> out.printf(Locale.ROOT, "  %-4s %5d%n", root, n));
        out.println("weekly trend:");
        out.printf(Locale.ROOT, "  %-10s %6s %5s %5s %9s %7s%n", "week", "events", "coop", "conf", "goldstein",
                "tension");
        for (DyadPoint t : p.trend()) {
            out.printf(Locale.ROOT, "  %-10s %6d %5d %5d %9.1f %7.1f%n", t.period(), t.events(), t.cooperation(),
                    t.conflict(), t.goldstein(), t.tension());
        }
        return 0;
    }

    private static void counterparts(PrintWriter out, String title, List<ActorProfile.Counterpart> list) {
        out.println(title + ":");
        if (list.isEmpty()) {
            out.println("  (none)");
        }
        for (ActorProfile.Counterpart c : list) {
            out.printf(Locale.ROOT, "  %-10s %5d events  %4d coop  %4d conf  goldstein %7.1f  coop %7.1f  conf %7.1f%n",
                    c.actor(), c.events(), c.cooperation(), c.conflict(), c.goldstein(), c.cooperationIntensity(),
                    c.conflictIntensity());
        }
    }
}
