package detente.actor;

import detente.doc.Mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who a document is talking about, as it is read in order: the actors named so far and, where known, the person
 * behind each. Resolves "he", "the president", "his counterpart" and "both countries". One instance per document.
 */
final class DocumentFocus {

    private record Seen(Mention mention, Person person, boolean subject) {
    }

    private final List<Seen> seen = new ArrayList<>();

    /** Records a resolved mention; {@code subject} when it is a clause's subject. */
    void saw(Mention mention, Person person, boolean subject) {
        if (mention.actor().code() != null) {
            seen.add(new Seen(mention, person, subject));
        }
    }

    /**
     * The antecedent of "he"/"she": the last person named as a subject (centering's preference for the previous
     * subject), else the last person named at all.
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

    /** The two most recent distinct actors (by code), older first; empty when fewer than two were named. */
    List<Mention> lastPair() {
        List<Mention> pair = new ArrayList<>();
        for (int i = seen.size() - 1; i >= 0 && pair.size() < 2; i--) {
            Mention m = seen.get(i).mention();
            if (!m.via().equals("pair")
                    && pair.stream().noneMatch(p -> Objects.equals(p.actor().code(), m.actor().code()))) {
                pair.add(0, m);
            }
        }
        return pair.size() == 2 ? pair : List.of();
    }
}
