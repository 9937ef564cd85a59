package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Participant;
import detente.doc.Sentence;
import detente.doc.Token;

import detente.dict.WordClasses;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who speaks a stretch of text: the speech verb nearest to it outside any quote ("said", "added", "told",
 * "according to") and that verb's subject, resolved to the actor mention the actors stage found there. A pronoun
 * the actors stage left unresolved falls back to the person in focus before it; a subject that names no known
 * actor is kept as text with no code.
 */
final class SpeakerFinder {

    private static final Set<String> NP_PARTS = Set.of("compound", "amod", "det", "nmod:poss", "flat", "nummod",
            "case", "appos");

    private final Document document;
    private final DependencyGraph graph;
    private final BitSet quoted;
    private final WordClasses<FactWords> words;

    SpeakerFinder(Document document, DependencyGraph graph, List<QuoteSpan> spans, WordClasses<FactWords> words) {
        this.document = document;
        this.graph = graph;
        this.words = words;
        this.quoted = new BitSet(document.tokens().size());
        for (Token token : document.tokens()) {
            for (QuoteSpan span : spans) {
                if (token.start() >= span.start() - 1 && token.end() <= span.end() + 1) {
                    quoted.set(token.index());
                }
            }
        }
    }

    /**
     * The attribution of a quote from the words around it in its sentences, or null. A speech verb that governs
     * the quote's words in the parse wins; otherwise the nearest, after the quote before before it.
     */
    Attribution forQuote(QuoteSpan span) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        Set<Integer> governors = governors(span);
        for (Sentence sentence : document.sentences()) {
            if (sentence.end() < span.start() - 1 || sentence.start() > span.end() + 1) {
                continue;
            }
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (quoted.get(t) || !isSpeech(t)) {
                    continue;
                }
                Token token = document.token(t);
                boolean after = token.start() >= span.end();
                int distance = after ? token.start() - span.end() : span.start() - token.end();
                int rank = Math.abs(distance) * 2 + (after ? 0 : 1) + (governors.contains(t) ? 0 : 1_000_000);
                if (rank < bestRank) {
                    best = t;
                    bestRank = rank;
                }
            }
        }
        return best < 0 ? null : attribution(best, span.start(), span.paragraph());
    }

    /** The words above the quote's words in the parse, up to four steps. */
    private Set<Integer> governors(QuoteSpan span) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Token token : document.tokens()) {
            if (token.start() >= span.start() && token.end() <= span.end()) {
                int at = graph.head(token.index());
                for (int hops = 0; hops < 4 && at >= 0; hops++) {
                    out.add(at);
                    at = graph.head(at);
                }
            }
        }
        return out;
    }

    /** The last speaker named in a sentence of a paragraph, quoted or reported ("Raisi said the talks..."). */
    Attribution lastIn(Paragraphs.Paragraph paragraph) {
        Attribution last = null;
        for (Sentence sentence : document.sentences()) {
            if (sentence.start() < paragraph.start() || sentence.end() > paragraph.end()) {
                continue;
            }
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (!quoted.get(t) && isSpeech(t)) {
                    Attribution a = attribution(t, document.token(t).start(), paragraph.index());
                    if (a != null && a.speaker() != null) {
                        last = a;
                    }
                }
            }
        }
        return last;
    }

    private boolean isSpeech(int t) {
        Token token = document.token(t);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("according") || token.text().equalsIgnoreCase("according")) {
            return t + 1 < document.tokens().size() && document.token(t + 1).text().equalsIgnoreCase("to");
        }
        return token.isVerb() && words.is(FactWords.SPEECH, lemma);
    }

    private Attribution attribution(int verb, int before, int paragraph) {
        Token token = document.token(verb);
        if (token.text().equalsIgnoreCase("according")) {
            return new Attribution(speakerAfter(verb + 2, before), "according to", paragraph);
        }
        int subject = subject(verb);
        if (subject < 0) {
            subject = unparsedSubject(verb);
        }
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return new Attribution(subject < 0 ? null : speaker(subject, before), lemma, paragraph);
    }

    /** The verb's subject, or that of the verb it hangs on ("..., calling him" → the caller). */
    private int subject(int verb) {
        int at = verb;
        for (int hops = 0; hops < 3 && at >= 0; hops++) {
            List<Integer> subjects = graph.children(at, "nsubj");
            if (!subjects.isEmpty()) {
                return subjects.get(0);
            }
            String relation = graph.relation(at);
            if (!(relation.startsWith("advcl") || relation.equals("conj") || relation.equals("xcomp"))) {
                return -1;
            }
            at = graph.head(at);
        }
        return -1;
    }

    /**
     * When the parser gave the verb no subject: the name right after it ("..., said Raisi"), else the first name
     * or noun phrase opening its sentence outside quotes ("President Raisi, whose visit was postponed, said").
     */
    private int unparsedSubject(int verb) {
        Sentence sentence = document.sentence(document.token(verb).sentence());
        boolean inverted = verb > sentence.firstToken() && (quoted.get(verb - 1)
                || document.token(verb - 1).pos().equals(","));
        if (inverted && verb + 1 < sentence.endToken() && !quoted.get(verb + 1) && (mentionAt(verb + 1) != null
                || document.token(verb + 1).isProperNoun())) {
            return verb + 1;
        }
        for (int t = sentence.firstToken(); t < verb; t++) {
            Token token = document.token(t);
            if (!quoted.get(t) && (mentionAt(t) != null || token.isNoun() || token.pos().equals("PRP"))) {
                int head = t;
                while (Set.of("compound", "flat", "amod", "det").contains(graph.relation(head)) && graph.head(head) > head) {
                    head = graph.head(head);
                }
                Mention m = mentionAt(head);
                return m != null ? m.head() : head;
            }
        }
        return -1;
    }

    private Participant speakerAfter(int from, int before) {
        Sentence sentence = document.sentence(document.token(Math.min(from, document.tokens().size() - 1)).sentence());
        for (int t = from; t < Math.min(from + 8, sentence.endToken()); t++) {
            Token token = document.token(t);
            if (token.pos().equals(",") || token.pos().equals(".")) {
                break;
            }
            Mention m = mentionAt(t);
            if (m != null) {
                return Participant.of(m);
            }
        }
        return from < sentence.endToken() ? speaker(from, before) : null;
    }

    private Participant speaker(int subject, int before) {
        Mention m = mentionAt(subject);
        if (m != null) {
            return Participant.of(m);
        }
        Token token = document.token(subject);
        if (token.pos().equals("PRP")) {
            Mention focus = lastPersonBefore(before);
            return focus == null ? null : Participant.of(focus);
        }
        int first = subject;
        int last = subject;
        for (int child : graph.children(subject, NP_PARTS.toArray(String[]::new))) {
            first = Math.min(first, child);
            last = Math.max(last, child);
        }
        int start = document.token(first).start();
        int end = document.token(last).end();
        return new Participant(null, null, null, null, document.textOf(start, end), start, end);
    }

    private Mention mentionAt(int token) {
        Mention fallback = null;
        for (Mention m : document.mentions()) {
            if (m.coversToken(token) || m.head() == token) {
                if (m.actor().code() != null) {
                    return m;
                }
                fallback = fallback == null ? m : fallback;
            }
        }
        return fallback;
    }

    /**
     * The actor in focus for an unresolved "he" or "she": the last person before an offset who is the subject
     * of a main clause (or owns that subject: "Erdogan's rhetoric"), else the last person named.
     */
    private Mention lastPersonBefore(int offset) {
        Mention salient = null;
        Mention last = null;
        for (Mention m : document.mentions()) {
            if (m.end() <= offset && isPerson(m)) {
                last = m;
                if (mainSubject(m.head())) {
                    salient = m;
                }
            }
        }
        return salient != null ? salient : last;
    }

    private boolean mainSubject(int token) {
        int at = token;
        if (graph.relation(at).equals("nmod:poss")) {
            at = graph.head(at);
        }
        return at >= 0 && graph.relation(at).startsWith("nsubj") && graph.head(at) >= 0
                && graph.relation(graph.head(at)).equals("root");
    }

    /** A person, not a state, organisation or seat of power: a name that is neither the country nor a group. */
    boolean isPerson(Mention m) {
        if (m.via() == Mention.Via.NER) {
            return document.token(m.head()).ner().equals("PERSON");
        }
        return m.actor().code() != null && m.actor().name() != null && m.actor().group() == null
                && !m.actor().code().equals(m.actor().country())
                && m.via() != Mention.Via.METONYM && m.via() != Mention.Via.ADJECTIVE && m.via() != Mention.Via.PAIR;
    }
}
