package detente.cli;

import detente.ingest.ArticleReader;
import detente.ingest.IngestOptions;
import detente.ingest.IngestResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** The inputs of a coding command and the date override. */
final class InputOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for all inputs (overrides dates found in the inputs).")
    LocalDate date;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal and there are several inputs).")
    Boolean progress;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories (recursive), or - for standard input.")
    List<String> inputs;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10000000",
            description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Set when the command runs inside the server that holds the store: the caller's directory and stdin. */
    StoreHost host;

    /** Reads every input into articles; each failure and warning is printed as one line on {@code err}. */
    IngestResult read(PrintWriter err) {
        return read(err, inputs);
    }

    /** Reads {@code paths} with default limits, as {@code demo} and {@code bench} do. */
    static IngestResult readDefaults(PrintWriter err, List<String> paths) {
        InputOptions defaults = new InputOptions();
        defaults.maxBytes = IngestOptions.defaults().maxBytes();
        return defaults.read(err, paths);
    }

    IngestResult read(PrintWriter err, List<String> paths) {
        IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes);
        if (date != null) {
            options = options.withDate(date);
        }
        IngestResult result = new ArticleReader(options).read(paths);
        result.failures().forEach(f -> err.println("detente: " + f));
        result.warnings().forEach(w -> err.println("detente: " + w));
        err.flush();
        return result;
    }

    /** The ingest options these flags set (size limit, date override). */
    IngestOptions ingestOptions() {
        IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes);
        return date == null ? options : options.withDate(date);
    }

    boolean showProgress(int articles) {
        return progress != null ? progress : articles > 1 && System.console() != null;
    }
}
