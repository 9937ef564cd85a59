package detente.event;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventCoderTest {

    private static final Pipeline PIPELINE = Stages.pipeline();
    private static final LocalDate DATE = LocalDate.of(2024, 1, 24);

    private static List<Event> code(String text) {
        return PIPELINE.process(Article.of("t", DATE, text)).events();
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
                + ":" + e.cameo()).toList();
    }

    @Test
    void theFourReferenceSentences() {
        List<Event> meet = code("Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday.");
        assertThat(meet).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("IRNGOV");
            assertThat(e.target().code()).isEqualTo("TURGOV");
            assertThat(e.root()).isEqualTo("04");
            assertThat(e.quad()).isEqualTo(1);
        });
        assertThat(dyads(code("Germany invaded France."))).contains("DEU>FRA:192");
        assertThat(dyads(code("Pakistan launched airstrikes on Iran."))).contains("PAK>IRN:195");
        assertThat(dyads(code("Turkey condemned Israel's attacks on Gaza."))).contains("TUR>ISR:111");
    }

    @Test
    void everyEventCarriesProvenance() {
        String text = "Pakistan launched airstrikes on Iran.";
        Event e = code(text).get(0);
        assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
        assertThat(text.substring(e.source().start(), e.source().end())).isEqualTo("Pakistan");
        assertThat(e.rule()).startsWith("195:");
        assertThat(e.confidence()).isBetween(0.0, 1.0);
        assertThat(e.goldstein()).isEqualTo(-10.0);
        assertThat(e.plover().event()).isEqualTo("ASSAULT");
        assertThat(e.text()).isEqualTo(text);
        assertThat(e.id()).isEqualTo(code(text).get(0).id());
    }

    @Test
    void negationAndCancellationNeverProduceTheAct() {
        assertThat(code("Raisi did not meet Erdogan.")).isEmpty();
        assertThat(code("Raisi refused to sign the agreement with Turkey.")).noneMatch(e -> e.root().equals("05"));
        assertThat(code("Raisi canceled his visit to Turkey.")).noneMatch(e -> e.cameo().equals("042"));
        assertThat(code("Raisi never visited Turkey.")).isEmpty();
        assertThat(dyads(code("An Iraqi government committee said it had found nothing to support Tehran's claim.")))
                .noneMatch(d -> d.endsWith(":051"));
    }

    @Test
    void aStatedRefusalOfCooperationIsARejection() {
        assertThat(dyads(code("Raisi refused to sign the agreement with Turkey."))).contains("IRNGOV>TUR:120");
        assertThat(dyads(code("Erdogan said he would not meet Raisi."))).contains("TURGOV>IRNGOV:125");
        assertThat(dyads(code("Iran will not provide aid to Syria."))).anyMatch(d -> d.startsWith("IRN>SYR:121"));
        // Not doing something is not refusing it, and refusing to attack is no rejection.
        assertThat(code("Raisi did not meet Erdogan.")).isEmpty();
        assertThat(dyads(code("Pakistan said it would not attack Iran."))).noneMatch(d -> d.contains(":12"));
    }

    @Test
    void aFutureToldInReportedSpeechIsIntended() {
        assertThat(dyads(code("Israel announced it would free 150 Palestinian prisoners.")))
                .allMatch(d -> d.endsWith(":0353")).isNotEmpty();
        assertThat(code("Israel said it would free the prisoners if Hamas released the hostages."))
                .noneMatch(e -> e.root().equals("08"));
    }

    @Test
    void intentAndFutureBecomeIntentCodes() {
        assertThat(code("Raisi will visit Turkey next month.")).allMatch(e -> e.root().equals("03"))
                .isNotEmpty();
        assertThat(code("Iran wants to improve relations with Turkey.")).allMatch(e -> e.root().equals("03"));
        assertThat(code("If Pakistan attacks Iran, the region will burn.")).noneMatch(e -> e.root().equals("19"));
    }

    @Test
    void anActAskedOfAnotherIsNotCodedAsTheAskersAct() {
        // The appeal codes; the release is Iran's to make, and only asked for.
        assertThat(dyads(code("Turkey urged Iran to release the detained sailors.")))
                .containsExactly("TUR>IRN:0253");
        assertThat(dyads(code("The United States urged Israel to withdraw its troops from Gaza.")))
                .noneMatch(d -> d.startsWith("USA>") && !d.endsWith(":0256"));
        assertThat(dyads(code("Germany encouraged Serbia to recognize Kosovo."))).noneMatch(d -> d.endsWith(":054"));
        // Made to act: the object acts.
        assertThat(dyads(code("Russia forced Ukraine to withdraw from the town."))).contains("UKR>-:0874");
        // Without an object the subject itself intends it.
        assertThat(dyads(code("Iran wants to improve relations with Turkey."))).contains("IRN>TUR:030");
        // Asked for by a noun: calls, pressure, permission.
        assertThat(code("Iran faces growing calls to release the detained sailors.")).isEmpty();
        assertThat(dyads(code("Germany gave permission to Poland to send tanks to Ukraine.")))
                .noneMatch(d -> d.endsWith(":072"));
        assertThat(dyads(code("Iran plans to release the detained British sailors."))).contains("IRN>GBR:0353");
    }

    @Test
    void aCoordinatedVerbSharesItsFirstConjunctsGovernor() {
        assertThat(dyads(code("Raisi is scheduled to give a speech and meet with Turkish business leaders.")))
                .contains("IRNGOV>TURBUS:036").noneMatch(d -> d.endsWith(":040"));
        assertThat(dyads(code("Iran refused to sign and ratify the treaty with Turkey."))).noneMatch(d -> d.endsWith(":057"));
        // Done acts stay done; a negated first conjunct does not negate the second.
        assertThat(dyads(code("Raisi met Erdogan and signed a memorandum with Turkey."))).contains("IRNGOV>TUR:057");
        assertThat(dyads(code("Iran did not attack Israel but warned Israel."))).contains("IRN>ISR:130");
    }

    @Test
    void aReportedClauseAboutSomeoneElseIsNotAClaim() {
        assertThat(dyads(code("The United States claimed that Iran had attacked the tanker.")))
                .noneMatch(d -> d.endsWith(":015"));
        assertThat(dyads(code("Hamas claimed it had attacked Israel."))).anyMatch(d -> d.endsWith(":015"));
    }

    @Test
    void verbalAttacksAreCriticismNotForce() {
        List<Event> events = code("Raisi attacked the United States for its support for Israel.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("IRNGOV");
            assertThat(e.target().code()).isEqualTo("USA");
            assertThat(e.quad()).isEqualTo(3);
        });
        assertThat(events).noneMatch(e -> e.quad() == 4);
        assertThat(code("Iran-backed Houthis attacked a ship bound for Israel.")).noneMatch(e -> e.quad() == 3);
    }

    @Test
    void backgroundStatesCodeNothing() {
        assertThat(code("Mistrust persists between both countries.")).isEmpty();
        assertThat(code("Relations between Iran and Pakistan have long been tense.")).isEmpty();
    }

    @Test
    void coordinationGivesBothDirectionsForReciprocalCodes() {
        List<String> d = dyads(code("Iran and Turkey signed a memorandum on trade."));
        assertThat(d).anyMatch(s -> s.startsWith("IRN>TUR:05")).anyMatch(s -> s.startsWith("TUR>IRN:05"));
        List<String> talks = dyads(code("Talks between Iran and Pakistan resumed in Islamabad."));
        assertThat(talks).anyMatch(s -> s.startsWith("IRN>PAK:04")).anyMatch(s -> s.startsWith("PAK>IRN:04"));
    }

    @Test
    void aVerbThatNamesWhatSomethingIsCodesNothing() {
        assertThat(dyads(code("The Houthis said their forces had hit what they called a British oil ship.")))
                .noneMatch(d -> d.endsWith(":041"));
        assertThat(dyads(code("Erdogan called Raisi on Monday."))).contains("TURGOV>IRNGOV:041");
    }

    @Test
    void aStatementToThePressIsNoEventWithThePress() {
        assertThat(dyads(code("Foreign Minister Fuad Hussein told reporters that Iraq would complain.")))
                .noneMatch(d -> d.contains("MED"));
        assertThat(dyads(code("Police arrested two journalists in Tehran."))).anyMatch(d -> d.contains("---MED"));
    }

    @Test
    void thePlaceOfADoerIsNotTheDoer() {
        assertThat(dyads(code("The Guards said the strikes in Syria hit militants.")))
                .noneMatch(d -> d.startsWith("SYR>"));
    }

    @Test
    void aCompoundSubjectWithAnObjectThatNamesNoActorIsNotReciprocal() {
        assertThat(dyads(code("American and British warships shot down 18 drones over the Red Sea.")))
                .noneMatch(d -> d.startsWith("USAMIL>GBRMIL") || d.startsWith("GBRMIL>USAMIL"));
        assertThat(dyads(code("Iran and Iraq fought along the border."))).contains("IRN>IRQ:190", "IRQ>IRN:190");
        // An attack has a victim; allies attacking together do not attack each other, however it is parsed.
        assertThat(dyads(code("On Tuesday, American and British warships shot down 18 drones, two anti-ship "
                + "cruise missiles and a ballistic missile launched toward the southern Red Sea, the U.S. military said.")))
                .noneMatch(d -> d.startsWith("USAMIL>GBRMIL") || d.startsWith("GBRMIL>USAMIL"));
    }

    @Test
    void passiveAndNominalEvents() {
        assertThat(code("Turkish soldiers were killed in attacks by the PKK."))
                .anyMatch(e -> "PKK".equals(e.source().group()) && e.target().code().equals("TURMIL") && e.quad() == 4);
        assertThat(code("The Iranian attack on Iraq drew protests."))
                .anyMatch(e -> e.source().code().equals("IRN") && e.target().code().equals("IRQ") && e.quad() == 4);
    }

    @Test
    void severalEventsPerSentenceAndNoDuplicates() {
        List<Event> events = code("Pakistan recalled its ambassador from Iran and launched airstrikes on Iran.");
        assertThat(events.stream().map(Event::cameo).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(events.stream().map(e -> e.cameo() + e.source().code() + e.target().code()).distinct().count())
                .isEqualTo(events.size());
    }

    @Test
    void reportedForceIsAnAccusationOrAClaimOfResponsibility() {
        List<String> accused = dyads(code("The United States said Islamic State militants attacked an Iraqi army base on Monday."));
        assertThat(accused).contains("IMGMUSISI>IRQMIL:190", "USA>IMGMUSISI:112");
        List<String> claimed = dyads(code("Hamas said it had fired rockets at Israel."));
        assertThat(claimed).contains("PSEREBHMS>ISR:015").anyMatch(d -> d.startsWith("PSEREBHMS>ISR:19"));
        // A denial claims nothing, and "claimed that X attacked" is not a claim of responsibility by the speaker.
        assertThat(dyads(code("Iran denied that it had attacked the tanker."))).noneMatch(d -> d.endsWith(":015"));
        assertThat(dyads(code("The US claimed that ISIL had attacked Iraq."))).noneMatch(d -> d.endsWith(":015"))
                .contains("USA>IMGMUSISI:112");
        // Victims who name no actor leave the killing uncoded, but the speaker still accuses the perpetrator.
        assertThat(dyads(code("Amnesty International said Israeli forces killed 20 people in Rafah.")))
                .contains("NGOHRIAMN>ISRMIL:112");
        // Medics who report a toll accuse no one; the means names who did it; civilians are of where they die.
        assertThat(dyads(code("Four civilians were killed in Israeli tank shelling in Gaza, medics said.")))
                .contains("ISR>PSECVL:190").noneMatch(d -> d.endsWith(":112"));
        assertThat(dyads(code("Three civilians were killed in Israeli tank shelling in the east of the Gaza Strip on Friday.")))
                .contains("ISR>PSECVL:190");
    }

    @Test
    void codingIsDeterministic() {
        String text = "Iran and Turkey signed ten memoranda. Pakistan launched airstrikes on Iran. Raisi met Erdogan.";
        Document first = PIPELINE.process(Article.of("t", DATE, text));
        Document second = PIPELINE.process(Article.of("t", DATE, text));
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.mentions()).isEqualTo(first.mentions());
    }
}
