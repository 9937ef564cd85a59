package detente.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.doc.Dependency;
import detente.doc.Sentence;
import detente.doc.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded parses in CoNLL-U, one block per text, so a reviewer reads a changed parse in a diff:
 *
 * <pre>
 * # newdoc text = "Germany invaded France."           (the whole text, JSON-escaped)
 * # sent = 0 0-23                                        (index, character span)
 * 1	Germany	Germany	_	NNP	_	2	nsubj	_	Span=0-7|NER=LOCATION
 * 2	invaded	invade	_	VBD	_	0	root	_	Span=8-15|NER=O
 * </pre>
 *
 * HEAD and DEPREL hold a token's first edge; further edges (rare) go to DEPS as {@code head:relation}. Token
 * forms are written for the reader; the offsets in {@code Span} are what is read back.
 */
final class ParseFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEWDOC = "# newdoc text = ";
    private static final String SENT = "# sent = ";

    /** One text's parse: sentences, tokens and dependency edges with document-wide token indexes. */
    record Parse(String text, List<Sentence> sentences, List<Token> tokens, List<Dependency> dependencies) {
    }

    private ParseFixtures() {
    }

    static Map<String, Parse> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("recorded parses " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Parse> parse(String content, String origin) {
        Map<String, Parse> parses = new LinkedHashMap<>();
        Builder current = null;
        int lineNumber = 0;
        for (String line : content.split("\n", -1)) {
            lineNumber++;
            try {
                if (line.startsWith(NEWDOC)) {
                    if (current != null) {
                        parses.put(current.text, current.build());
                    }
                    current = new Builder(JSON.readValue(line.substring(NEWDOC.length()), String.class));
                } else if (line.startsWith(SENT)) {
                    String[] parts = line.substring(SENT.length()).split("[ -]");
                    current.startSentence(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    current.token(line.split("\t", -1));
                }
            } catch (RuntimeException | JsonProcessingException e) {
                throw new IllegalArgumentException("recorded parses " + origin + " line " + lineNumber + ": "
                        + e.getMessage(), e);
            }
        }
        if (current != null) {
            parses.put(current.text, current.build());
        }
        return parses;
    }

    static void write(Path file, Collection<Parse> parses) {
        StringBuilder out = new StringBuilder();
        out.append("# Recorded CoreNLP parses for the stage tests (detente.testing.Parses).\n")
                .append("# Regenerate with scripts/record-parses.sh after changing the NLP stage.\n\n");
        List<Parse> sorted = new ArrayList<>(parses);
        sorted.sort(Comparator.comparing(Parse::text));
        for (Parse parse : sorted) {
            append(out, parse);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("recorded parses " + file + ": " + e.getMessage(), e);
        }
    }

    private static void append(StringBuilder out, Parse parse) {
        try {
            out.append(NEWDOC).append(JSON.writeValueAsString(parse.text())).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<Integer, List<Dependency>> edges = new LinkedHashMap<>();
        for (Dependency d : parse.dependencies()) {
            edges.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
        }
        for (Sentence s : parse.sentences()) {
            out.append(SENT).append(s.index()).append(' ').append(s.start()).append('-').append(s.end()).append('\n');
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = parse.tokens().get(i);
                List<Dependency> own = edges.getOrDefault(i, List.of());
                String head = own.isEmpty() ? "_" : local(own.get(0).head(), s);
                String relation = own.isEmpty() ? "_" : own.get(0).relation();
                StringBuilder deps = new StringBuilder();
                for (Dependency extra : own.subList(Math.min(1, own.size()), own.size())) {
                    deps.append(deps.length() == 0 ? "" : "|").append(local(extra.head(), s)).append(':')
                            .append(extra.relation());
                }
                out.append(i - s.firstToken() + 1).append('\t').append(clean(t.text())).append('\t')
                        .append(clean(t.lemma())).append("\t_\t").append(t.pos()).append("\t_\t").append(head)
                        .append('\t').append(relation).append('\t').append(deps.length() == 0 ? "_" : deps)
                        .append("\tSpan=").append(t.start()).append('-').append(t.end()).append("|NER=")
                        .append(t.ner()).append('\n');
            }
            out.append('\n');
        }
    }

    private static String local(int head, Sentence s) {
        return head == Dependency.ROOT ? "0" : String.valueOf(head - s.firstToken() + 1);
    }

    /** Forms and lemmas are one line and one column; the offsets keep the exact text. */
    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static final class Builder {
        final String text;
        final List<Sentence> sentences = new ArrayList<>();
        final List<Token> tokens = new ArrayList<>();
        final List<Dependency> dependencies = new ArrayList<>();
        int sentenceStart;
        int sentenceEnd;
        int firstToken = -1;

        Builder(String text) {
            this.text = text;
        }

        void startSentence(int start, int end) {
            closeSentence();
            sentenceStart = start;
            sentenceEnd = end;
            firstToken = tokens.size();
        }

        void token(String[] columns) {
            if (columns.length != 10) {
                throw new IllegalArgumentException("expected 10 tab-separated columns, found " + columns.length);
            }
            if (firstToken < 0) {
                throw new IllegalArgumentException("token line before a '# sent' line");
            }
            Map<String, String> misc = new LinkedHashMap<>();
            for (String pair : columns[9].split("\\|")) {
                int eq = pair.indexOf('=');
                misc.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            String[] span = misc.get("Span").split("-");
            int start = Integer.parseInt(span[0]);
            int end = Integer.parseInt(span[1]);
            int index = tokens.size();
            tokens.add(new Token(index, sentences.size(), text.substring(start, end), start, end, columns[2],
                    columns[4], misc.getOrDefault("NER", "O")));
            if (!columns[6].equals("_")) {
                dependencies.add(edge(columns[6], columns[7], index));
            }
            if (!columns[8].equals("_")) {
                for (String extra : columns[8].split("\\|")) {
                    int colon = extra.indexOf(':');
                    dependencies.add(edge(extra.substring(0, colon), extra.substring(colon + 1), index));
                }
            }
        }

        private Dependency edge(String head, String relation, int dependent) {
            int local = Integer.parseInt(head);
            return new Dependency(local == 0 ? Dependency.ROOT : firstToken + local - 1, dependent, relation);
        }

        private void closeSentence() {
            if (firstToken >= 0) {
                sentences.add(new Sentence(sentences.size(), sentenceStart, sentenceEnd, firstToken, tokens.size()));
            }
        }

        Parse build() {
            closeSentence();
            dependencies.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::head));
            return new Parse(text, sentences, tokens, dependencies);
        }
    }
}
