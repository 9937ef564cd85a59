package detente.cli;

import detente.store.ReadOnlyQuery;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/** {@code detente sql}: one read-only query against the store, printed as a table or TSV. */
@Command(name = "sql",
        description = "Run one read-only SQL query (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN) against the store.")
final class SqlCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, tsv or jsonl (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        String sql;
        try {
            sql = ReadOnlyQuery.check(query);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("detente: sql: " + e.getMessage());
            return 2;
        }
        try (Store s = store.openReadOnly();
             Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery(sql)) {
            ResultPrinter.print(r, format, spec.commandLine().getOut());
            return 0;
        } catch (SQLException e) {
            spec.commandLine().getErr().println("detente: sql: " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
    }
}
