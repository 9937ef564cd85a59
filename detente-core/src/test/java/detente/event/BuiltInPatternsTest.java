package detente.event;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Event;
import detente.pipeline.Pipeline;
import detente.testing.Parses;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Families of wordings in the built-in {@code events/patterns.txt}: each codes its own realistic sentence with the
 * expected source, target and code, and a near miss that must not code.
 */
class BuiltInPatternsTest {

    private static final Dictionaries DICTIONARIES = Stages.dictionaries();
    /** The patterns alone: what they code and leave alone is the subject here, not the learned reading's. */
    private static final Pipeline PIPELINE = Detente.pipeline(Parses.stage(), DICTIONARIES,
            Detente.events(DICTIONARIES, true, null, 0));
    private static final LocalDate DATE = LocalDate.of(2024, 1, 24);

    /** "SOURCE>TARGET:CODE" for each event, "-" for no target. */
    private static List<String> dyads(String text) {
        List<Event> events = PIPELINE.process(Article.of("t", DATE, text)).events();
        return events.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
                + ":" + e.cameo()).toList();
    }

    @Test
    void attendingAnEventAbroadIsAVisit() {
        assertThat(dyads("Modi attended a climate summit in Egypt.")).contains("INDGOV>EGY:042");
        assertThat(dyads("Modi will attend the G20 summit in Brazil next month.")).containsExactly("INDGOV>BRA:036");
        // Schools are not summits.
        assertThat(dyads("Iranian students attended school in Germany.")).isEmpty();
    }

    @Test
    void supportAndPermissionGivenAndRefused() {
        assertThat(dyads("Turkey provided support to Azerbaijan.")).contains("TUR>AZE:070");
        assertThat(dyads("Egypt granted permission to Qatar to send fuel.")).contains("EGY>QAT:080");
        // Stated refusals of them are rejections: of material cooperation, of yielding.
        assertThat(dyads("Biden said he would not provide support to Israel.")).contains("USAGOV>ISR:121");
        assertThat(dyads("Egypt said it would not give permission to Qatar.")).contains("EGY>QAT:124");
    }

    @Test
    void receivingVisitorsFromAGovernmentIsHosting() {
        assertThat(dyads("The Qatari emir received ministers from the Sudanese government."))
                .containsExactly("QATGOV>SDNGOV:043");
    }

    @Test
    void whatIsReceivedFromSomeoneWasGivenByThem() {
        assertThat(dyads("Poland received tanks from South Korea.")).containsExactly("KOR>POL:072");
        assertThat(dyads("Lebanon received humanitarian aid from France.")).containsExactly("FRA>LBN:073");
        assertThat(dyads("Israel received assurances from the United States.")).containsExactly("USA>ISR:030");
        // A future delivery is the giver's intent.
        assertThat(dyads("Ukraine will receive tanks from Poland.")).containsExactly("POL>UKR:0332");
        // Complaints received are not aid.
        assertThat(dyads("Poland received complaints from Germany.")).isEmpty();
    }

    @Test
    void comingUnderShellingIsBeingShelled() {
        assertThat(dyads("Indian troops came under shelling from Pakistani forces."))
                .containsExactly("PAKMIL>INDMIL:194");
        // Figurative fire is criticism, not force.
        assertThat(dyads("The minister came under fire from lawmakers over the budget."))
                .noneMatch(d -> d.contains(":19"));
    }

    @Test
    void engagingSomeoneInAFightIsFighting() {
        assertThat(dyads("Pakistani troops engaged Indian soldiers in a gunfight near the border."))
                .containsExactly("PAKMIL>INDMIL:193");
        // The parser hangs "in heavy fighting" on the object here.
        assertThat(dyads("The Iraqi army engaged Islamic State fighters in heavy fighting near Mosul."))
                .containsExactly("IRQMIL>IMGMUSISI:190");
        assertThat(dyads("Turkey engaged Greece in talks over the Aegean.")).noneMatch(d -> d.contains(":19"));
    }

    @Test
    void firingBatteriesIsArtillery() {
        assertThat(dyads("Syria fired anti-aircraft batteries at Israeli jets.")).containsExactly("SYR>ISR:194");
    }

    @Test
    void emotionsAboutAnEvent() {
        assertThat(dyads("The Turkish president expressed sorrow over the deaths of Iranian pilgrims."))
                .containsExactly("TURGOV>IRNREL:018");
        assertThat(dyads("Germany expressed appreciation for Turkey's mediation.")).containsExactly("DEU>TUR:051");
        // Concern is pessimism, not empathy.
        assertThat(dyads("Germany expressed concern over Turkey's mediation.")).noneMatch(d -> d.endsWith(":018"));
    }

    @Test
    void endorsingAnAgreementWithSomeoneEndorsesThem() {
        assertThat(dyads("The Moldovan parliament endorsed the trade agreement with the European Union."))
                .containsExactly("MDALEG>IGOEUREEC:051");
    }

    @Test
    void travelAdvisoriesReduceRelations() {
        assertThat(dyads("Britain advised against all travel to Haiti.")).containsExactly("GBR>HTI:160");
        assertThat(dyads("Britain warned against travel after the earthquake.")).isEmpty();
    }

    @Test
    void evidenceAgainstSomeoneAccusesThem() {
        assertThat(dyads("Ukraine presented evidence against Russia at the tribunal.")).containsExactly("UKR>RUS:112");
        assertThat(dyads("Evidence against Russia was presented by Ukraine.")).containsExactly("UKR>RUS:112");
    }

    @Test
    void orderingAnInvestigationOpensIt() {
        assertThat(dyads("The Iraqi government ordered an investigation into the Turkish airstrike."))
                .containsExactly("IRQGOV>TUR:090");
    }

    @Test
    void askingForHelpIsAnAppealForAid() {
        assertThat(dyads("Ukraine asked Germany to help rebuild its power grid.")).containsExactly("UKR>DEU:023");
    }

    @Test
    void claimingAnAttackOnSomeone() {
        assertThat(dyads("Hamas claimed responsibility for an attack on Israeli soldiers."))
                .containsExactly("PSEREBHMS>ISRMIL:015");
        assertThat(dyads("Hamas claimed the attack on an Israeli army post.")).containsExactly("PSEREBHMS>ISRMIL:015");
    }

    @Test
    void aPlaceWithinAPlaceAndWhereFightersComeFrom() {
        assertThat(dyads("Russian forces shelled the outskirts of the Ukrainian city of Kharkiv."))
                .containsExactly("RUSMIL>UKR:194");
        assertThat(dyads("Rockets from Gaza hit southern Israel.")).containsExactly("PSE>ISR:190");
    }

    @Test
    void pressureFromSomeoneIsTheirDemand() {
        assertThat(dyads("Serbia faces pressure from the European Union to recognize Kosovo."))
                .containsExactly("IGOEUREEC>SRB:100");
        assertThat(dyads("The Iraqi government came under pressure from Washington to expel Iranian advisers."))
                .containsExactly("USAGOV>IRQGOV:100");
        assertThat(dyads("The minister faced questions from lawmakers.")).isEmpty();
    }

    @Test
    void assurances() {
        assertThat(dyads("Iran assured Iraq that it would respect its sovereignty.")).containsExactly("IRN>IRQ:030");
    }
}
