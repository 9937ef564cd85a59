package detente.actor;

import detente.doc.Document;
import detente.doc.Sentence;
import detente.doc.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Where an actor mention could start in a sentence that has tokens but no parse yet: a dictionary name as this
 * stage matches it, a capitalised run the gazetteer places in a country, or a reference word. Read with every token
 * taken for a noun, so that the plural forms the actors stage tries on nouns are tried everywhere: a superset of
 * what {@link ActorResolver} finds once the sentence is parsed.
 */
public final class ActorCues {

    /** The longest place name, in tokens, looked up ("Democratic Republic of the Congo" is a country). */
    private static final int MAX_PLACE_WORDS = 4;

    private final TermMatcher matcher;
    private final ReferenceResolver references;
    private final PlaceNames places;

    public ActorCues(ActorDictionary dictionary, PlaceNames places) {
        this.matcher = new TermMatcher(dictionary);
        this.references = new ReferenceResolver(dictionary);
        this.places = places;
    }

    /** The first name or place in the sentence, described ("actor name 'Iran'"); null when there is none. */
    public String nameIn(Document document, Sentence sentence, LocalDate date) {
        List<TermMatcher.Match> names = matcher.match(document, sentence, date);
        int firstName = names.isEmpty() ? sentence.endToken() : names.get(0).first();
        for (int t = sentence.firstToken(); t < firstName; t++) {
            String place = placeAt(document, sentence, t);
            if (place != null) {
                return "place name '" + place + "'";
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        TermMatcher.Match m = names.get(0);
        return "actor name '" + document.textOf(document.token(m.first()).start(), document.token(m.end() - 1).end())
                + "'";
    }

    /** The first word that may refer back to an actor ("he", "both countries", "the group"); null when none. */
    public String referenceIn(Document document, Sentence sentence) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            String word = document.token(t).text().toLowerCase(Locale.ROOT);
            Token next = t + 1 < sentence.endToken() ? document.token(t + 1) : null;
            String nextText = next == null ? "" : next.text().toLowerCase(Locale.ROOT);
            String nextLemma = next == null ? "" : next.lemma().toLowerCase(Locale.ROOT);
            if (references.mayRefer(word, nextText) || references.mayRefer(word, nextLemma)) {
                return references.mayRefer(word, "") ? document.token(t).text()
                        : document.token(t).text() + " " + next.text();
            }
        }
        return null;
    }

    /** A run of up to four tokens from {@code first}, starting and ending capitalised, that the gazetteer places. */
    private String placeAt(Document document, Sentence sentence, int first) {
        if (!capitalised(document.token(first))) {
            return null;
        }
        String found = null;
        for (int end = first; end < Math.min(sentence.endToken(), first + MAX_PLACE_WORDS); end++) {
            if (capitalised(document.token(end))) {
                String name = document.textOf(document.token(first).start(), document.token(end).end());
                if (places.countryOf(name).isPresent()) {
                    found = name;
                }
            }
        }
        return found;
    }

    private static boolean capitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }
}
