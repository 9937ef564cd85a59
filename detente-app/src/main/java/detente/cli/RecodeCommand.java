package detente.cli;

import detente.Detente;
import detente.store.Recoder;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** {@code detente recode}: codes the stored articles again, e.g. after the dictionaries changed. */
@Command(name = "recode",
        description = "Re-run coding over stored articles and report events that appeared, disappeared or changed.")
final class RecodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: on a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openExisting()) {
            Recoder recoder = new Recoder(s, options.pipeline(Detente.nlp()), options.threads);
            long n = countArticles(s);
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), (int) n,
                    progress != null ? progress : System.console() != null);
            Recoder.Report r = recoder.run(bar::update);
            bar.finish();
            out.printf("recoded %d articles: %d event reports appeared, %d disappeared, %d changed;"
                    + " coded events %d -> %d%n", r.articles(), r.appeared(), r.disappeared(), r.changed(),
                    r.eventsBefore(), r.eventsAfter());
            return 0;
        }
    }

    private static long countArticles(Store s) throws SQLException {
        try (var st = s.connection().createStatement(); var r = st.executeQuery("SELECT count(*) FROM articles")) {
            r.next();
            return r.getLong(1);
        }
    }
}
