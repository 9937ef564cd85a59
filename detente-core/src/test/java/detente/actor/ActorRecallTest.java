package detente.actor;

import detente.Detente;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Mention;
import detente.testing.Parses;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What news names and the actors stage used to leave unresolved: outlet spellings of acronyms, peoples and
 * institutions without a country in the text, armed groups struck in a named place, appositions, and
 * office-holders of smaller states.
 */
class ActorRecallTest {

    private static final ActorResolver RESOLVER = Detente.actors(Stages.dictionaries());

    private static List<Mention> mentions(String text, LocalDate date) {
        Document d = Parses.stage().apply(Document.of(Article.of("t", date, text)));
        return RESOLVER.resolve(d);
    }

    private static Mention mention(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 18);

    @Test
    void everySpellingOfTheIslamicStateInRunningText() {
        List<Mention> ms = mentions("Isis claimed the bombing in Kabul. Analysts said ISIS, also called Daesh, IS or "
                + "ISIL, had lost ground, while Nato ministers met. Is the group weaker?", JAN_2024);
        for (String name : List.of("Isis", "ISIS", "Daesh", "IS", "ISIL")) {
            assertThat(mention(ms, name).actor().group()).as(name).isEqualTo("ISIS");
        }
        assertThat(ms).anyMatch(m -> m.text().startsWith("Nato") && m.actor().group().equals("NATO"));
        // "Is" opening a question is the verb.
        assertThat(ms).noneMatch(m -> m.text().equals("Is"));
    }

    @Test
    void anArabicArticleMatchesWithOrWithoutItsHyphen() {
        List<Mention> ms = mentions("Al Bashir met the envoy in Khartoum; later Bashir and al-Bashir's aides spoke.",
                LocalDate.of(2010, 3, 1));
        assertThat(mention(ms, "Al Bashir").actor().name()).isEqualTo("Omar al-Bashir");
        assertThat(mention(ms, "Bashir").actor().code()).isEqualTo("SDNGOV");
        assertThat(ms).anyMatch(m -> m.text().startsWith("al-Bashir") && m.actor().code().equals("SDNGOV"));
    }

    @Test
    void kurdishRolesAreTheKurdsOrTheKurdishGroupTheStoryNamed() {
        List<Mention> ms = mentions("Kurdish militants ambushed an army convoy near the border, and Kurdish forces "
                + "later withdrew.\n\nThe YPG said on Monday that Kurdish fighters had retaken the village.", JAN_2024);
        assertThat(mention(ms, "Kurdish militants").actor().code()).isEqualTo("KURINS");
        assertThat(mention(ms, "Kurdish forces").actor().code()).isEqualTo("KURMIL");
        Mention fighters = mention(ms, "Kurdish fighters");
        assertThat(fighters.actor().group()).isEqualTo("YPG");
        assertThat(fighters.via()).isEqualTo(Mention.Via.REFERENCE);
    }

    @Test
    void backedRolesFightWhereTheTextPutsThemAndNameTheirBacker() {
        List<Mention> ms = mentions("Turkish-backed rebels shelled two villages in northern Syria on Sunday.", JAN_2024);
        Mention rebels = mention(ms, "Turkish-backed rebels");
        assertThat(rebels.actor().code()).isEqualTo("SYRREB");
        assertThat(rebels.sponsor()).isEqualTo("TUR");
        // With no place at all the role stays without a country, but the backer is still known.
        Mention alone = mention(mentions("Iran-backed militias fired rockets overnight.", JAN_2024), "Iran-backed militias");
        assertThat(alone.actor().code()).isEqualTo("---UAF");
        assertThat(alone.sponsor()).isEqualTo("IRN");
    }

    @Test
    void congressWithNoCountryIsTheUsCongress() {
        List<Mention> ms = mentions("Members of Congress pressed the White House, and Congress delayed the vote. "
                + "Peru's Congress removed the president.", JAN_2024);
        assertThat(mention(ms, "Members of Congress").actor().code()).isEqualTo("USALEG");
        assertThat(mention(ms, "Congress").actor().code()).isEqualTo("USALEG");
        assertThat(mention(ms, "Peru's Congress").actor().code()).isEqualTo("PERLEG");
    }

    @Test
    void armedGroupsStruckInANamedPlaceTakeItsCountry() {
        List<Mention> ms = mentions("Pakistan launched strikes on militant camps in Iran's Sistan-Baluchestan province. "
                + "A day earlier Iranian drones had hit militants in Pakistan's Balochistan province, and Iran struck "
                + "Balochistan again on Friday.", JAN_2024);
        assertThat(mention(ms, "militant camps").actor().code()).isEqualTo("IRNINS");
        assertThat(mention(ms, "militants").actor().code()).isEqualTo("PAKINS");
        assertThat(ms).filteredOn(m -> m.text().equals("Balochistan")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.actor().country()).isEqualTo("PAK"));
    }

    @Test
    void anAppositionRenamesTheRolePhraseBesideIt() {
        List<Mention> ms = mentions("Ugandan rebels, the Allied Democratic Forces, attacked a village in eastern Congo.",
                JAN_2024);
        Mention rebels = mention(ms, "Ugandan rebels");
        assertThat(rebels.actor().group()).isEqualTo("ADF");
        assertThat(rebels.via()).isEqualTo(Mention.Via.APPOSITION);
        assertThat(mention(ms, "Congo").actor().code()).isEqualTo("COD");
    }

    @Test
    void officeHoldersOfSmallerStatesFromTheGeneratedTable() {
        // Aruba's prime minister in 2005, from office-holders.tsv.
        List<Mention> ms = mentions("Prime Minister Nelson Oduber met the Dutch envoy in Oranjestad.", LocalDate.of(2005, 6, 1));
        assertThat(mention(ms, "Prime Minister Nelson Oduber").actor().code()).isEqualTo("ABWGOV");
        List<Mention> later = mentions("Nelson Oduber spoke.", LocalDate.of(1995, 6, 1));
        // Out of office in 1995: the country alone.
        assertThat(mention(later, "Nelson Oduber").actor().code()).isEqualTo("ABW");
        // Where the dictionary knows no office on the date, a title the text gives still says government ...
        List<Mention> titled = mentions("Prime Minister Nelson Oduber spoke.", LocalDate.of(1995, 6, 1));
        assertThat(mention(titled, "Prime Minister Nelson Oduber").actor().code()).isEqualTo("ABWGOV");
        // ... unless the text says the title is a past one (Eman was prime minister until 2001).
        List<Mention> former = mentions("Former Prime Minister Henny Eman spoke.", LocalDate.of(2005, 6, 1));
        assertThat(former).anyMatch(m -> m.text().endsWith("Henny Eman") && m.actor().code().equals("ABW"));
    }

}
