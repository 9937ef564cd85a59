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
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** {@code detente export}: writes the store's events or documents in an exchange format. */
@Command(name = "export",
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
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.openReadOnly()) {
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
                    said(err, events(s), "events and a header line");
                }
                case parquet -> {
                    Path dir = out != null ? out : Path.of("detente-parquet");
                    new TableExport(s).parquet(dir);
                    err.println("detente: export parquet: wrote " + events(s) + " events to " + store.asGiven(dir)
                            + " (one directory per date)");
                }
                default -> {
                    long lines;
                    try (LineCountingWriter w = new LineCountingWriter(writer())) {
                        switch (format) {
                            case gdelt -> new GdeltExport(s).write(w, origin);
                            case plover -> new PloverExport(s).write(w);
                            case geojson -> new GeoJsonExport(s).write(w);
                            case gold -> new GoldExport(s).write(w);
                            default -> new DocumentReader(s).documents(d -> line(w, DocumentJson.line(
                                    DocumentJson.document(d))));
                        }
                        lines = w.lines();
                    }
                    said(err, lines, switch (format) {
                        case gdelt -> "GDELT event rows";
                        case plover -> "PLOVER events";
                        case gold -> "reviewed events";
                        default -> "documents";
                    });
                    if (lines == 0 && format == Format.gold) {
                        err.println("detente: export gold: no event has a reviewer's verdict yet (readers give"
                                + " verdicts in the dashboard's replies; moderators accept them)");
                    }
                }
            }
        }
        return 0;
    }

    private void said(PrintWriter err, long n, String what) {
        err.println("detente: export " + format + ": wrote " + n + " " + what + " to "
                + (out == null ? "standard output" : store.asGiven(out)));
    }

    private static long events(Store s) throws SQLException {
        try (var st = s.connection().createStatement(); var r = st.executeQuery("SELECT count(*) FROM events")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Counts the lines written through it (each export writes one record per line). */
    private static final class LineCountingWriter extends FilterWriter {
        private long lines;

        LineCountingWriter(Writer w) {
            super(w);
        }

        @Override
        public void write(int c) throws IOException {
            lines += c == '\n' ? 1 : 0;
            super.write(c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                lines += cbuf[i] == '\n' ? 1 : 0;
            }
            super.write(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                lines += str.charAt(i) == '\n' ? 1 : 0;
            }
            super.write(str, off, len);
        }

        long lines() {
            return lines;
        }
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
