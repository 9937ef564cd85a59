package detente.event;

import detente.doc.Article;
import detente.doc.Event;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events told as nouns ("airstrikes on", "talks between", "a visit to"): coded when the sentence tells them as
 * done (a light verb carries them, a verb reports them, they are the subject of what happened or the setting of
 * another act), not when they are only named, averted or possible.
 */
class NounEventsTest {

    private static final Pipeline PIPELINE = Stages.pipeline();
    private static final LocalDate DATE = LocalDate.of(2024, 1, 24);

    /** "SOURCE>TARGET:CODE" for each event, "-" for no target. */
    private static List<String> dyads(String text) {
        List<Event> events = PIPELINE.process(Article.of("t", DATE, text)).events();
        return events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
                + ":" + e.cameo()).toList();
    }

    @Test
    void aNounThatIsTheSubjectOfWhatHappenedCodes() {
        assertThat(dyads("Israeli airstrikes on Hezbollah positions killed four fighters on Tuesday."))
                .contains("ISR>LBNREBHEZ:195");
        assertThat(dyads("Talks between Seoul and Tokyo took place in Busan on Friday."))
                .contains("KORGOV>JPNGOV:040", "JPNGOV>KORGOV:040");
        assertThat(dyads("The ceasefire between Israel and Hamas took effect on Friday."))
                .contains("ISR>PSEREBHMS:0871");
        // ... and codes nothing when the verb that tells it is negated.
        assertThat(dyads("Talks between Seoul and Tokyo did not take place.")).isEmpty();
    }

    @Test
    void aNounReportedOrJudgedCodes() {
        assertThat(dyads("Turkey condemned the Israeli bombing of Gaza."))
                .contains("TUR>ISR:111", "ISR>PSE:195");
        assertThat(dyads("Iran welcomed the ceasefire between Armenia and Azerbaijan."))
                .contains("ARM>AZE:0871", "AZE>ARM:0871");
    }

    @Test
    void aNounThatSetsAnotherActCodes() {
        assertThat(dyads("Five people died during Israeli airstrikes on Gaza City.")).contains("ISR>PSE:195");
    }

    @Test
    void lightVerbsHandOverToTheirNoun() {
        assertThat(dyads("Saudi jets carried out air raids overnight against Houthi positions in Yemen."))
                .contains("SAU>YEMREBHTH:195");
        assertThat(dyads("The Chinese foreign minister paid a visit to Pakistan last week."))
                .contains("CHNGOV>PAK:042");
        // Each side of an exchange does it to the other, even when the target names no actor.
        assertThat(dyads("India and Pakistan traded artillery strikes on militant camps on Monday."))
                .contains("IND>PAK:195", "PAK>IND:195");
        assertThat(dyads("India and Pakistan exchanged letters on Monday.")).noneMatch(d -> d.contains(":19"));
    }

    @Test
    void purposeClausesCarryTheActWithTheirModality() {
        assertThat(dyads("The leaders gathered in Doha to sign a ceasefire accord with Hamas."))
                .anyMatch(d -> d.endsWith(">PSEREBHMS:057"));
        assertThat(dyads("China agreed to provide emergency loans to Sri Lanka.")).contains("CHN>LKA:0331");
    }

    @Test
    void aNounOnlyNamedAvertedOrPossibleIsNoEvent() {
        assertThat(dyads("Greece sent envoys to avert a clash between Greek and Turkish forces."))
                .noneMatch(d -> d.contains(":19"));
        assertThat(dyads("A Turkish offensive against Kurdish militants in Syria is a distinct possibility."))
                .noneMatch(d -> d.contains(":19"));
        assertThat(dyads("Egypt sought to prevent an Israeli attack on Rafah.")).noneMatch(d -> d.contains(":19"));
        assertThat(dyads("The risk of a Chinese blockade of Taiwan worries the Pentagon."))
                .noneMatch(d -> d.contains(":191"));
        assertThat(dyads("Relations between Russia and China remain strong.")).isEmpty();
        assertThat(dyads("The two leaders discussed Russia's occupation of Crimea."))
                .noneMatch(d -> d.contains(":192") || d.contains(":1382"));
        assertThat(dyads("If Russia launched an attack on Finland, NATO would respond.")).isEmpty();
        assertThat(dyads("An Israeli attack on Iran would trigger a regional war.")).isEmpty();
    }

    @Test
    void whoUndertakesANounsActDoesIt() {
        assertThat(dyads("The United States announced new sanctions against Russia on Friday."))
                .contains("USA>RUS:163");
        assertThat(dyads("Biden ordered airstrikes on Houthi targets in Yemen.")).contains("USAGOV>YEMREBHTH:195");
        assertThat(dyads("Germany pledged humanitarian aid to Jordan.")).contains("DEU>JOR:0333");
        // Rejecting or reporting an act does not make one its doer.
        assertThat(dyads("Oman rejected accusations that it had armed the Houthis."))
                .noneMatch(d -> d.startsWith("OMN>YEMREBHTH"));
        assertThat(dyads("The United Nations reported airstrikes on Yemen.")).noneMatch(d -> d.startsWith("IGOUNO>"));
    }

    @Test
    void theAgentOfAClaimedActDidIt() {
        assertThat(dyads("A suicide bombing in Mogadishu claimed by al-Shabaab killed ten people."))
                .contains("SOMREBSHB>SOM:1831");
    }
}
