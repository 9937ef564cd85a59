package detente.actor;

import detente.doc.Actor;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.doc.Token;

import detente.dict.WordClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * References that name no one and resolve against the document's focus: "he" in subject position, "both
 * countries" and "the two sides", "the group" and "the council", and "we" inside a quote (the speaker).
 */
final class ReferenceResolver {

    private final ActorDictionary dictionary;
    private final WordClasses<ActorWords> words;

    /**
     * Whether {@code word} (followed by {@code next}, both lower case, {@code next} as a lemma where known) may
     * start a reference this resolver reads: a parse-free superset, for the NLP stage's candidate filter.
     */
    boolean mayRefer(String word, String next) {
        return word.equals("he") || word.equals("she") || word.equals("we") || word.equals("i")
                || (word.equals("both") || word.equals("two")) && words.is(ActorWords.PAIR, next)
                || word.equals("the") && (words.is(ActorWords.GROUP, next) || words.is(ActorWords.IGO, next));
    }

    ReferenceResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.words = dictionary.words();
    }

    /** A pronoun in subject position, or "both countries" / "the two sides", starting at token {@code t}. */
    List<Mention> reference(Document document, DependencyGraph graph, Sentence sentence, int t,
                                    DocumentFocus focus) {
        Token word = document.token(t);
        String lower = word.text().toLowerCase(Locale.ROOT);
        if ((lower.equals("he") || lower.equals("she")) && graph.isSubject(t)) {
            Mention antecedent = focus.lastPerson();
            if (antecedent == null) {
                return List.of();
            }
            return List.of(new Mention(word.start(), word.end(), word.text(), sentence.index(), t, t + 1, t,
                    antecedent.actor(), Mention.Via.PRONOUN, antecedent.sponsor()));
        }
        if ((lower.equals("both") || lower.equals("two")) && t + 1 < sentence.endToken()
                && words.is(ActorWords.PAIR, document.token(t + 1).lemma())) {
            int first = lower.equals("two") && t > sentence.firstToken()
                    && document.token(t - 1).lemma().equalsIgnoreCase("the") ? t - 1 : t;
            int end = t + 2;
            String noun = document.token(t + 1).lemma().toLowerCase(Locale.ROOT);
            String role = words.is(ActorWords.PAIR_GOVERNMENT, noun) ? "GOV" : "";
            String text = document.textOf(document.token(first).start(), document.token(end - 1).end());
            List<Mention> out = new ArrayList<>();
            for (String country : focus.pairFor(sentence.index())) {
                String name = dictionary.country(country).map(Country::name).orElse(country);
                out.add(Mention.over(document, sentence.index(), first, end, end - 1,
                        new Actor(country + role, country, null, name), Mention.Via.PAIR, null));
            }
            return out;
        }
        if (t > sentence.firstToken() && document.token(t - 1).lemma().equalsIgnoreCase("the")
                && (words.is(ActorWords.GROUP, lower) || words.is(ActorWords.IGO, lower))) {
            // "the group said", "the council demanded": the last organisation of that kind.
            Mention antecedent = focus.lastOrganisation(words.is(ActorWords.IGO, lower));
            if (antecedent == null) {
                return List.of();
            }
            return List.of(Mention.over(document, sentence.index(), t - 1, t + 1, t, antecedent.actor(), Mention.Via.ANAPHOR,
                    antecedent.sponsor()));
        }
        return List.of();
    }

    /** True when an odd number of quotation marks precede the token in its sentence. */
    private static boolean insideQuote(Document document, Sentence sentence, int token) {
        String before = document.textOf(sentence.start(), document.token(token).start());
        long marks = before.chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count();
        return marks % 2 == 1 || marks == 0 && startsInsideParagraphQuote(document, sentence);
    }

    /** A sentence inside a quotation that began in an earlier sentence of the same paragraph. */
    private static boolean startsInsideParagraphQuote(Document document, Sentence sentence) {
        String text = document.text();
        int paragraph = text.lastIndexOf("\n\n", sentence.start());
        String before = text.substring(paragraph < 0 ? 0 : paragraph, sentence.start());
        long marks = before.chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count();
        return marks % 2 == 1;
    }

    /** "'We will respond,' Raisi said": first person in subject position inside a quote is the speaker. */
    List<Mention> quotedFirstPerson(Document document, DependencyGraph graph, Sentence sentence,
                                                   List<Mention> found,
                                                   DocumentFocus focus) {
        List<Mention> out = new ArrayList<>();
        Mention speaker = null;
        boolean looked = false;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token word = document.token(t);
            String lower = word.text().toLowerCase(Locale.ROOT);
            if ((lower.equals("we") || lower.equals("i")) && graph.isSubject(t)
                    && insideQuote(document, sentence, t)) {
                if (!looked) {
                    speaker = speaker(document, graph, sentence, found, focus);
                    looked = true;
                }
                if (speaker != null) {
                    out.add(new Mention(word.start(), word.end(), word.text(), sentence.index(), t, t + 1, t,
                            speaker.actor(), Mention.Via.SPEAKER, speaker.sponsor()));
                }
            }
        }
        return out;
    }

    /**
     * The speaker of a quote: the subject of a speech verb in the same sentence ("..., Raisi said"), else the
     * last person named before it.
     */
    private Mention speaker(Document document, DependencyGraph graph, Sentence sentence, List<Mention> found,
                                   DocumentFocus focus) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (words.is(ActorWords.SPEECH, document.token(t).lemma())) {
                for (int subject : graph.children(t, "nsubj")) {
                    for (Mention m : found) {
                        if (m.coversToken(subject) && m.actor().isKnown()) {
                            return m;
                        }
                    }
                }
            }
        }
        return focus.lastPerson();
    }
}
