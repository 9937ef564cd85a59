package detente.cli;

import detente.output.DocumentJson;
import detente.store.DocumentReader;
import detente.store.GdeltExport;
import detente.store.GeoJsonExport;
import detente.store.GoldExport;
import detente.store.PloverExport;
import detente.store.Store;
import detente.store.TableExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** {@code detente export}: writes the store's events or documents in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Export stored data: gdelt (GDELT 2.0 event rows), plover (JSON Lines), geojson (events with a"
                + " place as GeoJSON points, for QGIS), csv, parquet"
                + " (a directory partitioned by date), documents (JSON Lines, the annotate contract), gold (reviewers'"
                + " verdicts on coded events, JSON Lines, for detente eval gold; no names or emails).")
final class ExportCommand implements Callable<Integer> {

    enum Format { gdelt, plover, geojson, csv, parquet, documents, gold }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT")
    Format format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Output file (directory for parquet, default ./detente-parquet); default: standard output.")
    Path out;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "gdelt export only: detente or gdelt events.")
    String origin;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws SQLException, IOException {
        try (Store s = Store.openReadOnly(store.dataDir)) {
            switch (format) {
                case csv -> {
                    if (out != null) {
                        new TableExport(s).csv(out);
                    } else {
                        Path tmp = Files.createTempFile("detente-export", ".csv");
                        try {
                            new TableExport(s).csv(tmp);
                            Writer w = stdout();
                            w.write(Files.readString(tmp, StandardCharsets.UTF_8));
                            w.flush();
                        } finally {
                            Files.deleteIfExists(tmp);
                        }
                    }
                }
                case parquet -> {
                    Path dir = out != null ? out : Path.of("detente-parquet");
                    new TableExport(s).parquet(dir);
                    spec.commandLine().getErr().println("detente: wrote " + dir);
                }
                default -> {
                    try (Writer w = writer()) {
                        switch (format) {
                            case gdelt -> new GdeltExport(s).write(w, origin);
                            case plover -> new PloverExport(s).write(w);
                            case geojson -> new GeoJsonExport(s).write(w);
                            case gold -> new GoldExport(s).write(w);
                            default -> new DocumentReader(s).documents(d -> line(w, DocumentJson.line(
                                    DocumentJson.document(d))));
                        }
                    }
                }
            }
        }
        return 0;
    }

    private static void line(Writer w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer writer() throws IOException {
        if (out == null) {
            return new FilterWriter(spec.commandLine().getOut()) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    private Writer stdout() {
        return spec.commandLine().getOut();
    }
}
