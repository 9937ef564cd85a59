package detente.actor;

import detente.dict.DictionarySource;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Mention;
import detente.nlp.corenlp.CoreNlpStage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name of every entry in the built-in actor dictionaries, written into a sentence as news would write it,
 * resolves to that entry once CoreNLP has tokenised and tagged it: a name the dictionary holds but the text
 * matcher never finds ("Da'esh" split into two tokens, "Isis" for ISIS) fails here. One document per date, so
 * that each organisation is read while it is active.
 */
class DictionaryAliasesIT {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 18);

    /** One name in its sentence and what it must resolve to. */
    private record Case(String entry, String sentence, String name, Predicate<Mention> resolves) {
    }

    @Test
    void everyNameOfEveryEntryResolvesToItsEntryInRunningText() {
        ActorDictionary dictionary = ActorDictionary.builtIn();
        ActorResolver resolver = new ActorResolver(dictionary);
        Map<LocalDate, List<Case>> byDate = new TreeMap<>();
        for (Country c : dictionary.countries()) {
            Predicate<Mention> isCountry = m -> c.code().equals(m.actor().country());
            List<String> names = new ArrayList<>(List.of(c.name()));
            names.addAll(c.aliases());
            if (c.official() != null) {
                names.add(c.official());
            }
            names.addAll(c.seats());
            for (String name : names) {
                add(byDate, TODAY, new Case(c.code(), "Officials said on Monday that %s had agreed.", name, isCountry));
            }
            for (String adjective : c.adjectives()) {
                add(byDate, TODAY, new Case(c.code(), "On Monday %s officials said they had agreed.", adjective, isCountry));
            }
        }
        for (Organisation o : dictionary.organisations()) {
            LocalDate date = o.activeOn(TODAY) ? TODAY : o.to() != null ? o.to().minusDays(1) : o.from();
            List<String> names = new ArrayList<>(List.of(o.name()));
            names.addAll(o.aliases());
            for (String name : names) {
                add(byDate, date, new Case(o.key() + " " + o.code(), "Officials said on Monday that %s had agreed.",
                        name, m -> o.code().equals(m.actor().code()) || o.key().equals(m.actor().group())));
            }
        }
        // Every hand-written person, and every 20th generated office-holder (all 16,000 would take minutes of
        // parsing; their names are plain words, the sample catches a tokenisation problem of the kind).
        List<Person> people = new ArrayList<>(ActorDictionary.handWritten(DictionarySource.builtIn()).people());
        List<Person> generated = OfficeHolderTable.read(DictionarySource.builtIn(), ActorDictionary.OFFICE_HOLDERS);
        for (int i = 0; i < generated.size(); i += 20) {
            people.add(generated.get(i));
        }
        assertThat(generated).hasSizeGreaterThan(10_000);
        for (Person p : people) {
            List<String> names = new ArrayList<>(List.of(p.name()));
            names.addAll(p.aliases());
            for (String name : names) {
                // A known person keeps their name on any date, in office or not.
                add(byDate, TODAY, new Case(p.name(), "Officials said on Monday that %s had agreed.", name,
                        m -> p.name().equals(m.actor().name())));
            }
        }

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<LocalDate, List<Case>> batch : byDate.entrySet()) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (Case c : batch.getValue()) {
                String sentence = c.sentence().formatted(c.name());
                int start = text.length() + sentence.indexOf(c.name());
                spans.add(new int[]{start, start + c.name().length()});
                text.append(sentence).append('\n').append('\n');
            }
            Document document = CoreNlpStage.shared().apply(Document.of(Article.of("aliases", batch.getKey(), text.toString())));
            List<Mention> mentions = resolver.resolve(document);
            for (int i = 0; i < spans.size(); i++) {
                Case c = batch.getValue().get(i);
                int[] span = spans.get(i);
                List<Mention> inside = mentions.stream().filter(m -> m.start() < span[1] && m.end() > span[0]).toList();
                boolean ok = inside.stream().anyMatch(m -> m.start() <= span[0] && m.end() >= span[1] && c.resolves().test(m))
                        // "Bonaire, Sint Eustatius and Saba" reads as a list of places of one country.
                        || c.name().contains(",") && !inside.isEmpty() && inside.stream().allMatch(c.resolves());
                List<Term> claimants = dictionary.find(c.name());
                boolean ambiguous = claimants.stream().map(Term::label).distinct().count() > 1;
                if (!ok && !ambiguous) {
                    failures.add(c.entry() + ": '" + c.name() + "' on " + batch.getKey() + " → "
                            + inside.stream().map(m -> m.text() + "=" + m.actor().code()).toList());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5_000);
        assertThat(failures).as(failures.size() + " of " + checked + " names do not resolve in text").isEmpty();
    }

    private static void add(Map<LocalDate, List<Case>> byDate, LocalDate date, Case c) {
        byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(c);
    }
}
