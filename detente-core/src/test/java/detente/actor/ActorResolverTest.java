package detente.actor;

import detente.doc.Actor;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Mention;
import detente.testing.Parses;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {

    private static final ActorResolver RESOLVER = new ActorResolver(Stages.dictionaries().actors());

    private static List<Mention> mentions(String text, LocalDate date) {
        Document d = Parses.stage().apply(Document.of(Article.of("t", date, text)));
        return RESOLVER.resolve(d);
    }

    private static Mention mention(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 24);

    @Test
    void composesTitlesAndNamesIntoOnePersonMention() {
        List<Mention> ms = mentions("Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara.", JAN_2024);
        Mention raisi = mention(ms, "Iranian President Ebrahim Raisi");
        assertThat(raisi.actor().code()).isEqualTo("IRNGOV");
        assertThat(raisi.actor().country()).isEqualTo("IRN");
        assertThat(raisi.actor().name()).isEqualTo("Ebrahim Raisi");
        assertThat(mention(ms, "Turkish President Recep Tayyip Erdogan").actor().code()).isEqualTo("TURGOV");
        // "in Ankara" is a place here, not the Turkish government.
        assertThat(ms).filteredOn(m -> m.text().equals("Ankara"))
                .allSatisfy(m -> assertThat(m.via()).isEqualTo(Mention.Via.PLACE))
                .allSatisfy(m -> assertThat(m.actor().code()).isEqualTo("TUR"));
    }

    @Test
    void datedRolesApplyOnBothSidesOfABoundary() {
        // Raisi became president on 2021-08-03 and died on 2024-05-19.
        assertThat(mention(mentions("Raisi spoke to reporters.", LocalDate.of(2021, 8, 10)), "Raisi").actor().code())
                .isEqualTo("IRNGOV");
        assertThat(mention(mentions("Raisi spoke to reporters.", LocalDate.of(2024, 5, 18)), "Raisi").actor().code())
                .isEqualTo("IRNGOV");
        assertThat(mention(mentions("Raisi was remembered.", LocalDate.of(2024, 6, 1)), "Raisi").actor().code())
                .isEqualTo("IRN");
        // Erdogan: prime minister from 2003, president from 2014-08-28; before 2003 he held neither office.
        assertThat(mention(mentions("Erdogan spoke.", LocalDate.of(2001, 5, 1)), "Erdogan").actor().code())
                .isNotEqualTo("TURGOV");
        assertThat(mention(mentions("Erdogan spoke.", LocalDate.of(2010, 5, 1)), "Erdogan").actor().code())
                .isEqualTo("TURGOV");
    }

    @Test
    void composesCountryAndAgent() {
        List<Mention> ms = mentions("Turkish soldiers and Iranian businessmen met Iranian government spokesman Ali Bahadori Jahromi.", JAN_2024);
        assertThat(mention(ms, "Turkish soldiers").actor().code()).isEqualTo("TURMIL");
        assertThat(mention(ms, "Iranian businessmen").actor().code()).isEqualTo("IRNBUS");
        assertThat(ms).anyMatch(m -> m.text().startsWith("Iranian government spokesman") && m.actor().code().equals("IRNGOV"));
    }

    @Test
    void seatsOfPowerStandForTheGovernment() {
        List<Mention> ms = mentions("Ankara welcomed the deal, while Tehran and the Kremlin stayed silent.", JAN_2024);
        assertThat(mention(ms, "Ankara").actor().code()).isEqualTo("TURGOV");
        assertThat(mention(ms, "Tehran").actor().code()).isEqualTo("IRNGOV");
        assertThat(ms).anyMatch(m -> m.text().endsWith("Kremlin") && m.actor().code().equals("RUSGOV"));
    }

    @Test
    void peopleBlocsAndSponsoredGroups() {
        List<Mention> ms = mentions("The Americans warned Western countries about Iran-backed Houthis.", JAN_2024);
        assertThat(ms).anyMatch(m -> m.text().endsWith("Americans") && m.actor().code().equals("USA"));
        assertThat(ms).anyMatch(m -> m.text().contains("Western countries") && "WST".equals(m.actor().group()));
        Mention houthis = mention(ms, "Iran-backed Houthis");
        assertThat(houthis.actor().group()).isEqualTo("HOUTHIS");
        assertThat(houthis.sponsor()).isEqualTo("IRN");
        assertThat(houthis.actor().country()).isEqualTo("YEM");
    }

    @Test
    void epithetsInQuotedSpeech() {
        List<Mention> ms = mentions("\"The Zionist regime will pay,\" the commander said.", JAN_2024);
        assertThat(ms).anyMatch(m -> m.text().contains("Zionist regime") && m.actor().code().startsWith("ISR"));
    }

    @Test
    void titlesPronounsCounterpartsAndPairsResolveAgainstTheFocus() {
        List<Mention> ms = mentions("Raisi arrived in Ankara on Wednesday. The Iranian president met his Turkish counterpart. "
                + "He said both countries would expand trade.", JAN_2024);
        Mention title = mention(ms, "The Iranian president");
        assertThat(title.actor().code()).isEqualTo("IRNGOV");
        assertThat(title.actor().name()).isEqualTo("Ebrahim Raisi");
        Mention counterpart = mention(ms, "his Turkish counterpart");
        assertThat(counterpart.actor().code()).isEqualTo("TURGOV");
        assertThat(counterpart.actor().name()).contains("Erdo");
        Mention he = mention(ms, "He");
        assertThat(he.via()).isEqualTo(Mention.Via.PRONOUN);
        assertThat(he.actor().name()).isEqualTo("Ebrahim Raisi");
        assertThat(ms.stream().filter(m -> m.text().equals("both countries")).map(m -> m.actor().country()))
                .containsExactlyInAnyOrder("IRN", "TUR");
    }

    @Test
    void placesQualifyingRoleWordsCompose() {
        List<Mention> ms = mentions("Iran's interior ministry said American and British forces struck, and "
                + "Pakistan recalled its ambassador.", JAN_2024);
        assertThat(ms).anyMatch(m -> m.text().startsWith("Iran's interior ministry") && m.actor().code().equals("IRNGOV"));
        assertThat(ms).anyMatch(m -> m.text().contains("British forces") && m.actor().code().equals("GBRMIL"));
        assertThat(ms).anyMatch(m -> m.text().startsWith("American") && m.actor().code().equals("USAMIL"));
        assertThat(ms).anyMatch(m -> m.text().equals("its ambassador") && m.actor().code().equals("PAKGOV"));
    }

    @Test
    void roleWordsWithNoCountryAreRoleOnlyActors() {
        List<Mention> ms = mentions("Insurgents shelled a government-held district of Aleppo overnight, "
                + "a senior official said.", JAN_2024);
        Mention official = mention(ms, "a senior official");
        assertThat(official.actor().code()).isEqualTo("---GOV");
        assertThat(official.actor().isRoleOnly()).isTrue();
        assertThat(official.actor().country()).isNull();
        assertThat(mention(ms, "Insurgents").actor().isRoleOnly()).isTrue();
        // "government-held" describes the district; it is not the government acting.
        assertThat(ms).noneMatch(m -> m.text().contains("government-held"));
        // A role word inside an unknown name is no role.
        assertThat(mentions("The Houthis seized the Galaxy Leader in November.", JAN_2024))
                .noneMatch(m -> m.actor().isRoleOnly());
    }

    @Test
    void heContinuesTheMainSubjectNotAPersonInAnEmbeddedClause() {
        List<Mention> ms = mentions("Erdogan said there was no difference between what Netanyahu was doing in Gaza "
                + "and what others had done. He has repeatedly attacked Netanyahu.", JAN_2024);
        assertThat(mention(ms, "He").actor().name()).isEqualTo("Recep Tayyip Erdoğan");
    }

    @Test
    void aPossessedRoleIsItsOwnersNotARoleOnlyActor() {
        List<Mention> ms = mentions("Russia called a meeting of the Security Council, where its envoy accused "
                + "Washington. The Houthis said the group's naval forces had hit a ship.", JAN_2024);
        assertThat(mention(ms, "envoy").actor().code()).isEqualTo("RUSGOV");
        assertThat(ms).filteredOn(m -> m.text().contains("naval forces"))
                .allSatisfy(m -> assertThat(m.actor().code()).isEqualTo("YEMREBHTH"));
        assertThat(ms).noneMatch(m -> m.actor().isRoleOnly());
    }

    @Test
    void aRoleNamedByAnEarlierGroupIsThatGroupNotARoleOnlyActor() {
        List<Mention> ms = mentions("The Houthis fired a missile at a tanker. The group said more would follow.", JAN_2024);
        assertThat(mention(ms, "The group").actor().code()).isEqualTo("YEMREBHTH");
        assertThat(ms).noneMatch(m -> m.actor().isRoleOnly());
    }

    @Test
    void coordinatedRoleWordsShareTheirCountry() {
        List<Mention> ms = mentions("Lawmakers and officials in Iran welcomed the deal, while Danish media and "
                + "government warned against it.", JAN_2024);
        assertThat(ms).extracting(m -> m.actor().code()).contains("IRNLEG", "IRNGOV", "DNKMED", "DNKGOV");
        assertThat(ms).noneMatch(m -> m.actor().isRoleOnly());
        assertThat(mentions("US and British activists staged a protest in Beijing.", JAN_2024))
                .extracting(m -> m.actor().code()).contains("USAOPP", "GBROPP");
    }

    @Test
    void roleWordsOfAnOrganisationAreThatOrganisation() {
        List<Mention> ms = mentions("Fighters from the Islamic State shelled the town, and the leaders of the "
                + "Muslim Brotherhood condemned it.", JAN_2024);
        assertThat(ms).anyMatch(m -> m.text().startsWith("Fighters from the Islamic State")
                && m.actor().code().equals("IMGMUSISI"));
        assertThat(ms).anyMatch(m -> m.text().startsWith("the leaders of the Muslim Brotherhood")
                && m.actor().group() != null && m.actor().code().equals("EGYOPPMBR"));
        assertThat(ms).noneMatch(m -> m.actor().isRoleOnly());
    }

    @Test
    void anOrganisationsTroopsAreItsArmedContingent() {
        List<Mention> ms = mentions("UN troops withdrew from the buffer zone, a UN spokesman said.", JAN_2024);
        assertThat(mention(ms, "UN troops").actor().code()).isEqualTo("IGOUNOMIL");
        assertThat(mention(ms, "UN troops").actor().group()).isEqualTo("UN");
        assertThat(ms).filteredOn(m -> m.text().contains("spokesman"))
                .allSatisfy(m -> assertThat(m.actor().code()).isEqualTo("IGOUNO"));
    }

    @Test
    void placesTheGazetteerKnowsGiveTheirCountry() {
        ActorResolver withPlaces = detente.Detente.actors(Stages.dictionaries());
        Document d = Parses.stage().apply(Document.of(Article.of("t", JAN_2024,
                "The mayor of the southern city of Kherson said Russia held drills in Alaska.")));
        List<Mention> ms = withPlaces.resolve(d);
        assertThat(ms).anyMatch(m -> m.text().startsWith("The mayor of the southern city of Kherson")
                && m.actor().code().equals("UKRGOV"));
        assertThat(mention(ms, "Alaska").actor().code()).isEqualTo("USA");
        assertThat(mention(ms, "Alaska").via()).isEqualTo(Mention.Via.PLACE);
        // Without a gazetteer the mayor has no country.
        assertThat(RESOLVER.resolve(d)).anyMatch(m -> m.actor().code().equals("---GOV"));
    }

    @Test
    void datelinesAreNotActors() {
        List<Mention> ms = mentions("ANKARA, Jan 24 — Turkey hosted Iran's president.", JAN_2024);
        assertThat(ms).noneMatch(m -> m.text().equals("ANKARA"));
        assertThat(ms).anyMatch(m -> m.text().equals("Turkey"));
    }

    @Test
    void unknownPeopleAndOrganisationsAreStillReported() {
        List<Mention> ms = mentions("Zorbek Quallani, head of the Velmora Shipping Company, met Iranian officials.", JAN_2024);
        assertThat(ms).anyMatch(m -> m.text().contains("Quallani") && !m.actor().isKnown() && m.via() == Mention.Via.NER);
    }

    @Test
    void accentsAndAlternativeSpellingsResolveAlike() {
        for (String name : List.of("Türkiye", "Turkiye", "Turkey")) {
            assertThat(mention(mentions(name + " objected.", JAN_2024), name).actor())
                    .isEqualTo(new Actor("TUR", "TUR", null, mention(mentions("Turkey objected.", JAN_2024), "Turkey").actor().name()));
        }
        assertThat(mention(mentions("Erdoğan objected.", JAN_2024), "Erdoğan").actor().code()).isEqualTo("TURGOV");
        assertThat(mention(mentions("Côte d'Ivoire and Ivory Coast are one.", JAN_2024), "Ivory Coast").actor().code())
                .isEqualTo("CIV");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        List<Mention> ms = mentions("The US told us that IS fighters is a threat.", JAN_2024);
        assertThat(ms).anyMatch(m -> m.text().endsWith("US") && m.actor().code().equals("USA"));
        assertThat(ms).noneMatch(m -> m.text().equals("us"));
    }

    @Test
    void roleWordsOfConflictReporting() {
        List<Mention> ms = mentions("Serbian rioters and a Hungarian protestor met Iraq's national security adviser "
                + "and three Syrian children.", JAN_2024);
        assertThat(mention(ms, "Serbian rioters").actor().code()).isEqualTo("SRBOPP");
        assertThat(mention(ms, "a Hungarian protestor").actor().code()).isEqualTo("HUNOPP");
        assertThat(ms).anyMatch(m -> m.text().endsWith("national security adviser")
                && m.actor().code().equals("IRQGOV"));
        assertThat(ms).anyMatch(m -> m.text().endsWith("Syrian children") && m.actor().code().equals("SYRCVL"));
    }
}
