package detente.cli;

import detente.store.EventQuery;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code detente events}: lists stored real-world events, filtered by actor, dyad, dates and code. */
@Command(name = "events",
        description = "List stored events (one row per real-world event, with GDELT-style mention counts).")
final class EventsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--actor", paramLabel = "A", description = "Actor code, code prefix, country or group.")
    String actor;

    @Option(names = "--dyad", arity = "2", paramLabel = "A B", description = "Both ends, either direction.")
    List<String> dyad;

    @Mixin
    PeriodOptions period = new PeriodOptions();

    @Option(names = "--code", paramLabel = "C", description = "CAMEO code or prefix (19 = all fighting).")
    String code;

    @Option(names = "--reading", paramLabel = "patterns|model",
            description = "Only events a dictionary pattern coded, or only those the learned reading coded.")
    String reading;

    @Option(names = "--format", defaultValue = "table", description = "jsonl, tsv or table (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (0: all).")
    int limit;

    @Option(names = "--wide", description = "table: every column at full width (default: fit 120 columns).")
    boolean wide;

    @Mixin
    StoreOptions store = new StoreOptions();

    /** What a 120-column table leaves out first: what the other columns already say, or says least. */
    private static final ResultPrinter.Fit FIT_120 = new ResultPrinter.Fit(120, List.of("source_url", "first_article",
            "root_code", "origin", "quad", "num_mentions", "num_sources", "num_articles", "plover_event"),
            List.of("id", "date", "source_code", "target_code", "cameo", "goldstein"));

    @Override
    public Integer call() throws SQLException {
        EventQuery.Sql q = new EventQuery(actor, dyad == null ? null : dyad.get(0), dyad == null ? null : dyad.get(1),
                period.from, period.to, code, limit, reading).toSql();
        try (Store s = store.openReadOnly();
             PreparedStatement p = s.connection().prepareStatement(q.sql())) {
            for (int i = 0; i < q.parameters().size(); i++) {
                p.setObject(i + 1, q.parameters().get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                ResultPrinter.print(r, format, spec.commandLine().getOut(), wide ? ResultPrinter.Fit.NONE : FIT_120);
            }
        }
        return 0;
    }
}
