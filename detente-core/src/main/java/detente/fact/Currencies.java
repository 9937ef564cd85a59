package detente.fact;

import detente.dict.DictionarySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Currency symbols and names with their ISO 4217 codes, read from {@code facts/currencies.tsv}. */
final class Currencies {

    static final String FILE = "facts/currencies.tsv";

    private final Map<String, String> symbols = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    static Currencies load(DictionarySource source) {
        Currencies c = new Currencies();
        try (InputStream in = source.open(FILE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalArgumentException("dictionary " + source.describe(FILE) + ": bad line: " + line);
                }
                boolean symbol = !Character.isLetter(cols[0].charAt(cols[0].length() - 1));
                (symbol ? c.symbols : c.names).put(cols[0].toLowerCase(Locale.ROOT), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** A regular-expression alternation of the symbols, longest first. */
    String symbolPattern() {
        return alternation(symbols.keySet().stream().toList(), "");
    }

    /** A regular-expression alternation of the names with optional plural endings, longest first. */
    String namePattern() {
        return alternation(names.keySet().stream().toList(), "(?:s|es)?");
    }

    private static String alternation(List<String> keys, String suffix) {
        return keys.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Pattern.quote(k) + suffix).collect(Collectors.joining("|", "(?:", ")"));
    }

    Optional<String> code(String symbolOrName) {
        String key = symbolOrName.toLowerCase(Locale.ROOT).strip();
        String code = symbols.get(key);
        if (code == null) {
            code = names.get(key);
        }
        if (code == null && key.endsWith("s")) {
            code = names.get(key.substring(0, key.length() - 1));
            if (code == null && key.endsWith("es")) {
                code = names.get(key.substring(0, key.length() - 2));
            }
        }
        return Optional.ofNullable(code);
    }
}
