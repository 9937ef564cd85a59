package detente.cli;

import detente.store.ParquetAttach;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code detente attach}: query a Spark run's Parquet output (or a Parquet export) through the store. */
@Command(name = "attach",
        description = "Make the store read Parquet tables in place (a detente-spark output directory or a"
                + " parquet export): events, sql and analysis then query them without re-ingesting.")
final class AttachCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory with articles/, events/, event_mentions/, ... or"
            + " date=YYYY-MM-DD/ partitions of events.")
    Path dir;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws SQLException {
        try (Store s = store.openCreating()) {
            List<String> tables = new ParquetAttach(s).attach(dir);
            spec.commandLine().getOut().println("attached " + dir + " to " + store.dataDir + ": "
                    + String.join(", ", tables));
        }
        return 0;
    }
}
