package detente.event.reading;

import detente.doc.Dependency;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the learned reading sees, as names of binary indicators: what the sentence says (its lemmas, verbs
 * and their negation) and, for a source/target pair of spans, how the two are joined (the word that governs both,
 * the dependency path between their heads, their roles and order). Training and coding call the same code, so a
 * model sees at coding time exactly what it was trained on.
 */
public final class ReadingFeatures {

    /** Tokens {@code [first, end)} of one phrase, by document-wide token index. */
    public record Span(int first, int end) {
        public static Span of(Mention mention) {
            return new Span(mention.firstToken(), mention.endToken());
        }

        boolean covers(int token) {
            return token >= first && token < end;
        }

        boolean overlaps(Span other) {
            return first < other.end && other.first < end;
        }
    }

    private static final Set<String> SKIPPED_POS = Set.of("DT", "PDT", "POS", "CC", ",", ".", ":", "``", "''", "-LRB-",
            "-RRB-", "HYPH", "SYM", "$", "#", "NFP");
    private static final int MAX_PATH = 8;

    private final Document document;
    private final DependencyGraph graph;

    public ReadingFeatures(Document document, DependencyGraph graph) {
        this.document = document;
        this.graph = graph;
    }

    /** What the sentence says, whoever the actors are: its words, word pairs, verbs and the root. */
    public List<String> ofSentence(Sentence sentence, List<Span> actors) {
        Set<String> out = new LinkedHashSet<>();
        String previous = "<s>";
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = document.token(t);
            if (SKIPPED_POS.contains(token.pos())) {
                continue;
            }
            int index = t;
            String word = actors.stream().anyMatch(s -> s.covers(index)) ? "<actor>" : word(token);
            if (word.equals("<actor>") && previous.equals("<actor>")) {
                continue;
            }
            out.add("w=" + word);
            out.add("b=" + previous + "_" + word);
            previous = word;
            if (token.isVerb()) {
                out.add((negated(t) ? "vneg=" : "v=") + word);
                String aux = auxiliary(t);
                if (!aux.isEmpty()) {
                    out.add("aux=" + aux + "_" + word);
                }
                // Light verbs and purpose clauses name their act in their object or clause: "launched
                // strikes", "agreed to provide".
                for (int object : graph.children(t, "obj", "xcomp")) {
                    out.add("vo=" + word + "_" + word(document.token(object)));
                }
            }
            if (graph.head(t) == Dependency.ROOT) {
                out.add("root=" + word);
            }
        }
        return new ArrayList<>(out);
    }

    /** How a source span and a target span are joined in the sentence. */
    public List<String> ofPair(Span source, Span target) {
        Set<String> out = new LinkedHashSet<>();
        int s = graph.headOf(source.first(), source.end());
        int t = graph.headOf(target.first(), target.end());
        out.add("srel=" + graph.relation(s));
        out.add("trel=" + graph.relation(t));
        out.add("rels=" + graph.relation(s) + "|" + graph.relation(t));
        out.add(source.first() < target.first() ? "order=st" : "order=ts");
        List<Integer> up = graph.pathToRoot(s);
        List<Integer> fromTarget = graph.pathToRoot(t);
        int common = -1;
        for (int x : up) {
            if (fromTarget.contains(x)) {
                common = x;
                break;
            }
        }
        if (common < 0) {
            out.add("path=none");
            return new ArrayList<>(out);
        }
        Token governor = document.token(common);
        String trigger = word(governor);
        out.add("gov=" + trigger);
        out.add("govpos=" + governor.pos().substring(0, Math.min(2, governor.pos().length())));
        out.add("gov_srel=" + trigger + "|" + graph.relation(s));
        out.add("gov_trel=" + trigger + "|" + graph.relation(t));
        if (negated(common)) {
            out.add("govneg");
        }
        for (int object : graph.children(common, "obj", "xcomp")) {
            if (!source.covers(object) && !target.covers(object)) {
                out.add("govobj=" + trigger + "_" + word(document.token(object)));
                out.add("obj=" + word(document.token(object)));
            }
        }
        String aux = auxiliary(common);
        if (!aux.isEmpty()) {
            out.add("govaux=" + aux);
        }
        StringBuilder path = new StringBuilder();
        StringBuilder lexical = new StringBuilder();
        int steps = 0;
        for (int x = s; x != common && steps < MAX_PATH; x = graph.head(x), steps++) {
            path.append(graph.relation(x)).append('^');
            if (x != s) {
                lexical.append(word(document.token(x))).append('^');
            }
        }
        path.append('|');
        lexical.append(trigger).append('|');
        List<String> down = new ArrayList<>();
        List<String> downWords = new ArrayList<>();
        steps = 0;
        for (int x = t; x != common && steps < MAX_PATH; x = graph.head(x), steps++) {
            down.add(0, graph.relation(x));
            if (x != t) {
                downWords.add(0, word(document.token(x)));
            }
        }
        path.append(String.join("v", down));
        lexical.append(String.join("v", downWords));
        out.add("path=" + path);
        out.add("lpath=" + lexical);
        out.add("len=" + Math.min(up.indexOf(common) + fromTarget.indexOf(common), 6));
        for (int x = Math.min(source.end(), target.end()); x < Math.max(source.first(), target.first()); x++) {
            Token between = document.token(x);
            if (!SKIPPED_POS.contains(between.pos())) {
                out.add("btw=" + word(between));
            }
        }
        return new ArrayList<>(out);
    }

    private boolean negated(int token) {
        for (Dependency d : graph.children(token)) {
            if (d.baseRelation().equals("advmod") || d.relation().equals("neg")) {
                String w = document.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The modal or future auxiliary of a verb ("will", "would", "could"), else empty. */
    private String auxiliary(int token) {
        for (int child : graph.children(token, "aux")) {
            Token aux = document.token(child);
            if (aux.pos().equals("MD")) {
                return aux.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String word(Token token) {
        if (token.pos().equals("CD")) {
            return "<num>";
        }
        return token.lemma().toLowerCase(Locale.ROOT);
    }
}
