package detente.actor;

import detente.doc.Mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a document is talking about, as it is read in order: the actors named so far and, where known, the person
 * behind each. Resolves "he", "the president", "his counterpart" and "both countries". One instance per document.
 */
final class DocumentFocus {

    private record Seen(Mention mention, Person person, boolean subject) {
    }

    private final List<Seen> seen = new ArrayList<>();

    /** Records a resolved mention; {@code subject} when it is the subject of the sentence's main clause. */
    void saw(Mention mention, Person person, boolean subject) {
        if (mention.actor().code() != null) {
            seen.add(new Seen(mention, person, subject));
        }
    }

    /**
     * The antecedent of "he"/"she": the last person named as a main-clause subject (centering's preference for the
     * previous subject), else the last person named at all.
     */
    Mention lastPerson() {
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).person() != null && seen.get(i).subject()) {
                return seen.get(i).mention();
            }
        }
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (seen.get(i).person() != null) {
                return seen.get(i).mention();
            }
        }
        return null;
    }

    /** The office of the last person named on {@code date}: "his counterpart" holds the same office. */
    String lastTitle(LocalDate date) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Person person = seen.get(i).person();
            if (person != null) {
                return person.roleOn(date).map(Person.Role::title).orElse(null);
            }
        }
        return null;
    }

    /** The most recent person whose office on {@code date} has this title ("the president" → Raisi). */
    Person personWithTitle(String title, LocalDate date) {
        String wanted = TextKey.of(title);
        for (int i = seen.size() - 1; i >= 0; i--) {
            Person person = seen.get(i).person();
            if (person != null && person.roleOn(date).map(r -> r.title() != null
                    && TextKey.of(r.title()).endsWith(wanted)).orElse(false)) {
                return person;
            }
        }
        return null;
    }

    /**
     * The two countries the document is about so far ("both countries", "the two neighbours"): the two named
     * most often, ties going to the more recent; only those in {@code among} when it is not null. Empty when
     * fewer than two countries were named.
     */
    private List<String> salientPair(List<String> among) {
        java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < seen.size(); i++) {
            Mention m = seen.get(i).mention();
            String country = m.actor().country();
            if (country != null && m.via() != Mention.Via.PAIR && m.via() != Mention.Via.PLACE
                    && (among == null || among.contains(country))) {
                int[] c = counts.computeIfAbsent(country, k -> new int[2]);
                c[0]++;
                c[1] = i;
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> counts.get(a)[0] != counts.get(b)[0] ? counts.get(b)[0] - counts.get(a)[0]
                : counts.get(b)[1] - counts.get(a)[1]);
        return ranked.size() < 2 ? List.of() : List.of(ranked.get(0), ranked.get(1));
    }

    /**
     * The two parties "both sides" or "the two countries" in sentence {@code sentence} stand for: two countries
     * named before it in the same sentence ("Iran and Pakistan agreed that both sides ..."); else the two of the
     * last earlier sentence that names two, the parties of the event told last; else the two named most often.
     * A country named before it in its own sentence is the speaker's ("China urged both sides"), which is one of
     * the two only when it was a party of that event ("Raisi ... He said both countries").
     */
    List<String> pairFor(int sentence) {
        List<String> here = countriesOf(sentence);
        if (here.size() >= 2) {
            return here.subList(0, 2);
        }
        for (int earlier = sentence - 1; earlier >= 0; earlier--) {
            List<String> there = new ArrayList<>(countriesOf(earlier));
            List<String> others = new ArrayList<>(there);
            others.removeAll(here);
            // "He said both countries ..." may count the speaker's own country when it was a party.
            List<String> parties = others.size() >= 2 ? others : there;
            if (parties.size() >= 2) {
                List<String> ranked = salientPair(parties);
                return ranked.isEmpty() ? parties.subList(0, 2) : ranked;
            }
        }
        List<String> others = new ArrayList<>();
        for (Seen s : seen) {
            String country = s.mention().actor().country();
            if (country != null && !here.contains(country) && !others.contains(country)) {
                others.add(country);
            }
        }
        List<String> salient = salientPair(others);
        return salient.isEmpty() ? salientPair(null) : salient;
    }

    /** The distinct countries named in a sentence, in the order they were seen. */
    private List<String> countriesOf(int sentence) {
        List<String> out = new ArrayList<>();
        for (Seen s : seen) {
            Mention m = s.mention();
            String country = m.actor().country();
            if (m.sentence() == sentence && country != null && m.via() != Mention.Via.PAIR && m.via() != Mention.Via.PLACE
                    && !out.contains(country)) {
                out.add(country);
            }
        }
        return out;
    }

    /** The last mention named so far that {@code wanted} accepts, or null. */
    Mention last(java.util.function.Predicate<Mention> wanted) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (wanted.test(seen.get(i).mention())) {
                return seen.get(i).mention();
            }
        }
        return null;
    }

    /** The last named organisation: an intergovernmental one ({@code igo}) or a group. */
    Mention lastOrganisation(boolean igo) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Mention m = seen.get(i).mention();
            String code = m.actor().code();
            if (m.actor().group() != null && code != null && code.startsWith("IGO") == igo) {
                return m;
            }
        }
        return null;
    }
}
