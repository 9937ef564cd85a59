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

/** The coding defects of issue 15, each on text we wrote to show it. */
class CodingDefectsTest {

    private static final Pipeline PIPELINE = Stages.pipeline();
    private static final LocalDate DATE = LocalDate.of(2024, 1, 18);

    private static Document process(String title, String text) {
        return PIPELINE.process(new Article("t", title, DATE, null, null, null, null, text));
    }

    private static List<Event> code(String text) {
        return process(null, text).events();
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
                + ":" + e.cameo()).toList();
    }

    @Test
    void aHeadlineIsCodedUnlessTheBodyReportsTheSameEvent() {
        String title = "Pakistan launched airstrikes on Iran";
        assertThat(dyads(process(title, title + "\n\nOfficials gave no further details.").events()))
                .containsExactly("PAK>IRN:195");
        // The body tells it again in a fuller sentence: the body's event is kept, the headline's dropped.
        List<Event> both = process(title, title + "\n\nPakistan launched airstrikes on Iran on Tuesday, killing "
                + "nine people, the army said.").events();
        assertThat(both).filteredOn(e -> e.root().equals("19")).singleElement()
                .satisfies(e -> assertThat(e.sentence()).isEqualTo(1));
        // A first line with no stop is a sentence of its own even without a blank line after it.
        Document plain = process(null, "Pakistan launched airstrikes on Iran\nOfficials gave no further details.");
        assertThat(plain.sentences()).hasSize(2);
        assertThat(dyads(plain.events())).containsExactly("PAK>IRN:195");
    }

    @Test
    void bothSidesAreThePartiesOfThePrecedingEventNeverTheSpeaker() {
        assertThat(dyads(code("Pakistan launched airstrikes on Iran. China urged both sides to show restraint.")))
                .contains("PAK>IRN:195", "CHN>PAKGOV:0256", "CHN>IRNGOV:0256")
                .noneMatch(d -> d.startsWith("CHN>CHN"));
    }

    @Test
    void aDeniedOrRidiculedClaimIsNotCodedAsFact() {
        assertThat(dyads(code("Russian Foreign Minister Sergei Lavrov described the idea that the U.S. is training "
                + "the Islamic State as \"certainly absurd\".")))
                .noneMatch(d -> d.endsWith(":062"));
        // Denying one's own act is a denial of responsibility, not the act.
        List<String> own = dyads(code("Turkish officials dismissed claims that Turkey had bombed Syria as baseless."));
        assertThat(own).noneMatch(d -> d.contains(":19")).contains("TURGOV>SYR:016");
    }

    @Test
    void aVisitCalledOffIsNoSanctionUnlessAimedAtTheHost() {
        assertThat(dyads(code("The Turkish president postponed his visit to Iran because of the fighting in Gaza.")))
                .noneMatch(d -> d.contains(":16"));
        assertThat(dyads(code("Erdogan cancelled his trip to Israel in protest at the bombing of the hospital.")))
                .contains("TURGOV>ISR:160");
    }

    @Test
    void aPatternWordMustMatchInItsPlace() {
        assertThat(dyads(code("Aid workers in Syria were forced to withdraw their services after the shelling.")))
                .noneMatch(d -> d.endsWith(":0874"));
        assertThat(dyads(code("Iran insisted on Wednesday that its nuclear programme was peaceful.")))
                .noneMatch(d -> d.endsWith(":100"));
        assertThat(dyads(code("Iran insisted on the release of its diplomats."))).contains("IRN>-:100");
    }

    @Test
    void aPlaceIsWhereNotWhom() {
        assertThat(code("Syrian government forces have been besieging Aleppo since July.")).isEmpty();
        assertThat(dyads(code("Turkish troops advanced towards the Iraqi border.")))
                .noneMatch(d -> d.contains(">IRQ"));
        // A place of another country still stands for it, and a capital that speaks is an actor.
        assertThat(dyads(code("Israeli troops besieged Gaza."))).anyMatch(d -> d.startsWith("ISRMIL>PSE:19"));
        assertThat(dyads(code("Ankara condemned Israel's attacks on Gaza."))).contains("TURGOV>ISR:111");
    }

    @Test
    void backgroundWithAnEarlierYearIsNoNewEvent() {
        assertThat(dyads(code("Russia blocked the resolution despite the 2013 agreement between Washington and "
                + "Moscow."))).noneMatch(d -> d.endsWith(":057"));
        List<Event> dated = code("Washington and Moscow signed an agreement on chemical weapons in 2013.");
        assertThat(dated).isNotEmpty().allMatch(e -> e.date().getYear() == 2013);
    }
}
