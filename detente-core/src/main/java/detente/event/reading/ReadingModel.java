package detente.event.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trained weights of the learned reading, as {@code detente train} writes them: three heads over the same
 * features, each a {@link LinearHead}.
 * <ul>
 *   <li>{@code role}: for an ordered pair of actor mentions, whether the first acts on the second ({@code yes}/{@code
 *   no});</li>
 *   <li>{@code type}: the PLOVER type of what the source does to the target ({@code STATEMENT} for CAMEO 01–02);</li>
 *   <li>{@code class}: the five-class reading of the sentence (0 statement … 4 material conflict).</li>
 * </ul>
 * The file is text: {@code model}, {@code threshold}, {@code code LABEL CAMEO} lines, then per head a {@code head}
 * line with its labels, a {@code bias} line and one {@code w} line per feature. Its version is part of every rule it
 * codes ({@code model:<version>}).
 *
 * @param threshold the least confidence at which the reading codes an event (chosen for precision at training)
 * @param codes     the CAMEO code each type label codes as
 */
public record ReadingModel(String version, double threshold, Map<String, String> codes, LinearHead role,
                           LinearHead type, LinearHead classes) {

    public static final String BUILT_IN = "/detente/model/reading.tsv";

    public ReadingModel {
        codes = Map.copyOf(codes);
    }

    /** The model that ships with detente. */
    public static ReadingModel builtIn() {
        try (InputStream in = ReadingModel.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("model " + BUILT_IN + ": not on the class path");
            }
            return read(in, "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("model " + BUILT_IN + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model file; a missing or malformed file is an {@link IllegalArgumentException} naming it and why. */
    public static ReadingModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("model " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("model " + file + ": " + e.getMessage());
        }
    }

    static ReadingModel read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        double threshold = Double.NaN;
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, double[]> biases = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> weights = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "model" -> version = field(f, 1);
                    case "threshold" -> threshold = Double.parseDouble(field(f, 1));
                    case "code" -> codes.put(field(f, 1), field(f, 2));
                    case "head" -> {
                        labels.put(field(f, 1), List.of(field(f, 2).split(",")));
                        weights.put(field(f, 1), new TreeMap<>());
                    }
                    case "bias" -> biases.put(field(f, 1), numbers(field(f, 2), labels, field(f, 1)));
                    case "w" -> {
                        Map<String, double[]> head = weights.get(field(f, 1));
                        if (head == null) {
                            throw new IllegalArgumentException("weights before the head line of " + f[1]);
                        }
                        head.put(field(f, 2), numbers(field(f, 3), labels, f[1]));
                    }
                    default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("model " + name + " line " + number + ": " + e.getMessage());
            }
        }
        if (version == null || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("model " + name + ": not a detente reading model (no model or threshold"
                    + " line)");
        }
        List<LinearHead> heads = new ArrayList<>();
        for (String head : List.of("role", "type", "class")) {
            if (!labels.containsKey(head) || !biases.containsKey(head)) {
                throw new IllegalArgumentException("model " + name + ": no head '" + head + "'");
            }
            heads.add(new LinearHead(head, labels.get(head), biases.get(head), weights.get(head)));
        }
        for (String label : heads.get(2).labels()) {
            if (!label.matches("[0-4]")) {
                throw new IllegalArgumentException("model " + name + ": class label '" + label + "' is not 0-4");
            }
        }
        for (String label : heads.get(1).labels()) {
            if (!codes.containsKey(label)) {
                throw new IllegalArgumentException("model " + name + ": type " + label + " has no CAMEO code");
            }
        }
        return new ReadingModel(version, threshold, codes, heads.get(0), heads.get(1), heads.get(2));
    }

    private static String field(String[] fields, int i) {
        if (i >= fields.length || fields[i].isEmpty()) {
            throw new IllegalArgumentException("field " + (i + 1) + " missing");
        }
        return fields[i];
    }

    private static double[] numbers(String text, Map<String, List<String>> labels, String head) {
        double[] out = Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
        List<String> expected = labels.get(head);
        if (expected == null || out.length != expected.size()) {
            throw new IllegalArgumentException(out.length + " numbers for head " + head);
        }
        return out;
    }

    /** Writes the model in the format {@link #load} reads; the same model always gives the same bytes. */
    public void write(Writer out) throws IOException {
        out.write("# detente learned reading: written by 'detente train'; see docs/reading.md\n");
        out.write("model\t" + version + "\n");
        out.write("threshold\t" + format(threshold) + "\n");
        for (Map.Entry<String, String> c : new TreeMap<>(codes).entrySet()) {
            out.write("code\t" + c.getKey() + "\t" + c.getValue() + "\n");
        }
        for (LinearHead head : List.of(role, type, classes)) {
            out.write("head\t" + head.name() + "\t" + String.join(",", head.labels()) + "\n");
            out.write("bias\t" + head.name() + "\t" + join(head.bias()) + "\n");
            for (Map.Entry<String, double[]> w : new TreeMap<>(head.weights()).entrySet()) {
                out.write("w\t" + head.name() + "\t" + w.getKey() + "\t" + join(w.getValue()) + "\n");
            }
        }
    }

    private static String join(double[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(format(values[i]));
        }
        return b.toString();
    }

    /** Four decimals: enough for the weights, and the same text on every machine. */
    public static String format(double value) {
        String s = String.format(Locale.ROOT, "%.4f", value);
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
