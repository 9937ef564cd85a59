package detente.event;

import detente.dict.DictionarySource;
import detente.doc.Plover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO 1.1b3 event codes of {@code events/cameo.tsv}. */
public final class CameoOntology {

    private final Map<String, CameoCode> codes;

    private CameoOntology(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoOntology builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static CameoOntology load(DictionarySource source) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        String file = "events/cameo.tsv";
        try (InputStream in = source.open(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 8) {
                    throw new IllegalArgumentException("dictionary " + source.describe(file) + " line " + number
                            + ": expected 8 tab-separated columns, found " + f.length);
                }
                Plover plover = f[4].isEmpty() ? null : new Plover(f[4], blankToNull(f[5]), blankToNull(f[6]));
                codes.put(f[0], new CameoCode(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), plover, f[7]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CameoOntology(codes);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
