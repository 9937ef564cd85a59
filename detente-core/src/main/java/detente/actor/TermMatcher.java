package detente.actor;

import detente.doc.Document;
import detente.doc.Sentence;
import detente.doc.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dictionary names in a sentence: at each token the longest run of tokens whose {@link TextKey} (or whose
 * last word's lemma, for plurals such as "soldiers" or "Iranians") is a known name. Matches do not overlap.
 */
final class TermMatcher {

    /** Tokens {@code [first, end)} name {@code terms}. */
    record Match(int first, int end, List<Term> terms) {

        boolean has(Term.Kind kind) {
            return terms.stream().anyMatch(t -> t.kind() == kind);
        }

        Term first(Term.Kind kind) {
            return terms.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
        }
    }

    private final ActorDictionary dictionary;

    TermMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Match> match(Document document, Sentence sentence, LocalDate date) {
        List<Match> matches = new ArrayList<>();
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            Token token = document.token(i);
            String key = firstWord(TextKey.of(token.text()));
            boolean candidate = dictionary.startsName(key) || dictionary.startsName(firstWord(TextKey.of(token.lemma())))
                    || key.endsWith("s") && dictionary.startsName(key.substring(0, key.length() - 1));
            Match found = candidate ? longestAt(document, i, sentence.endToken(), date) : null;
            if (found != null) {
                matches.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** "al bashir" (the key of the one token "al-Bashir") starts with "al". */
    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private Match longestAt(Document document, int first, int limit, LocalDate date) {
        int longest = Math.min(limit, first + dictionary.maxWords());
        for (int end = longest; end > first; end--) {
            String surface = surface(document, first, end, false);
            List<Term> terms = accept(dictionary.lookup(TextKey.of(surface)), surface, date);
            Token last = document.token(end - 1);
            // Plurals ("Houthis", "soldiers") name groups and roles, never a person: "Davos" is not a Mr Davo.
            if (terms.isEmpty() && last.isNoun() && !last.lemma().equalsIgnoreCase(last.text())) {
                String singular = surface(document, first, end, true);
                terms = notPeople(accept(dictionary.lookup(TextKey.of(singular)), singular, date));
            }
            if (terms.isEmpty() && last.isNoun() && last.text().length() > 3 && last.text().endsWith("s")) {
                String stripped = surface.substring(0, surface.length() - 1);
                terms = notPeople(accept(dictionary.lookup(TextKey.of(stripped)), stripped, date));
            }
            if (!terms.isEmpty()) {
                return new Match(first, end, terms);
            }
        }
        return null;
    }

    private static List<Term> notPeople(List<Term> terms) {
        return terms.stream().anyMatch(t -> t.kind() == Term.Kind.PERSON)
                ? terms.stream().filter(t -> t.kind() != Term.Kind.PERSON).toList() : terms;
    }

    private static List<Term> accept(List<Term> terms, String surface, LocalDate date) {
        if (terms.isEmpty()) {
            return terms;
        }
        List<Term> kept = new ArrayList<>(terms.size());
        for (Term term : terms) {
            if (term.caseSensitive() && !TextKey.sameAcronym(term.surface(), surface)) {
                continue;
            }
            if (term.organisation() != null && !term.organisation().activeOn(date)) {
                continue;
            }
            kept.add(term);
        }
        return kept;
    }

    /** The text of tokens {@code [first, end)} with single spaces where the original has any whitespace. */
    private static String surface(Document document, int first, int end, boolean lemmaLast) {
        StringBuilder out = new StringBuilder();
        for (int t = first; t < end; t++) {
            Token token = document.token(t);
            if (t > first && token.start() > document.token(t - 1).end()) {
                out.append(' ');
            }
            boolean useLemma = lemmaLast && t == end - 1;
            out.append(useLemma ? token.lemma() : token.text());
        }
        return out.toString();
    }
}
