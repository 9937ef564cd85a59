package detente.cli;

import detente.store.GdeltImport;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code detente import gdelt FILE...}: loads GDELT 2.0 event exports into the store. */
@Command(name = "import",
        description = "Import event data into the store: gdelt FILE... (GDELT 2.0 event export, plain or .zip).")
final class ImportCommand implements Callable<Integer> {

    enum Format { gdelt }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "gdelt")
    Format format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Store s = store.openCreating()) {
            GdeltImport gdelt = new GdeltImport(s, options.dictionaries().ontology());
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    err.println("detente: " + file + ": no such file");
                    failed++;
                    continue;
                }
                try {
                    GdeltImport.Result r = gdelt.importFile(file);
                    out.printf("%s: %d rows, %d new events%n", file, r.rows(), r.added());
                } catch (SQLException | RuntimeException e) {
                    err.println("detente: " + file + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                            .orElse("failed"));
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
