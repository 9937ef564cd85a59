package detente.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's arguments: {@code --out DIR [--date YYYY-MM-DD] [--dict DIR] [--partitions N] [--overwrite] INPUT...}.
 * Inputs are files, directories (read recursively) or globs on any Hadoop file system, e.g.
 * {@code hdfs:///news/2024/*}, {@code s3a://bucket/news/}.
 */
record JobOptions(List<String> inputs, String out, LocalDate date, String dictionary, int partitions,
                  boolean overwrite) implements Serializable {

    static final String USAGE = "usage: SparkCodingJob --out DIR [--date YYYY-MM-DD] [--dict DIR] [--partitions N]"
            + " [--overwrite] INPUT...";

    static JobOptions of(List<String> inputs, String out) {
        return new JobOptions(List.copyOf(inputs), out, null, null, 0, false);
    }

    /** Parses the command line; throws {@link IllegalArgumentException} with a one-line reason. */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        LocalDate date = null;
        String dictionary = null;
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--dict" -> dictionary = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--date" -> {
                    try {
                        date = LocalDate.parse(value(args, ++i, a));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--date: not a YYYY-MM-DD date: " + args[i]);
                    }
                }
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value(args, ++i, a));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions: not a number: " + args[i]);
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw new IllegalArgumentException(out == null ? "--out is required" : "no input");
        }
        return new JobOptions(List.copyOf(inputs), out, date, dictionary, partitions, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
