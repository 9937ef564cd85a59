package detente.event;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchVerbReaderTest {

    private static final String VERBS = """
            <!-- VERBS FIXTURE -->
            &TIETYPES
            +MILITARY
            +ECONOMIC

            &NEGAUX  # multi-word members
            +DID N'T
            +WILL NOT

            --- ABANDON  [345]  ---
            ABANDON    # a WEIS-like code
            - * &TIETYPES TIES [902]
            - &NEGAUX * [081]

            --- AGREE  [081] ---
            AGREE
            - * WITH + [031]
            - % * [030:030]
            - SAID * TO ATTEND [082]

            --- BREAK [1717] ---
            BREAK { BROKE BROKEN  }
            +BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
            - * OFF_  [195]
            - + * IN $  [075]

            --- LEFT  [032:033]  ---
            LEFT
            DOWNPLAY [014]

            --- RIOT  [---]  ---
            RIOT
            - *_POLICE  [---]
            - * CALLS [:020]
            """;

    private static PetrarchVerbReader.Result read() {
        return PetrarchVerbReader.read(new StringReader(VERBS), "fixture.verbs.txt");
    }

    private static EventPattern pattern(String idEnd) {
        return read().dictionary().patterns().stream().filter(p -> p.id().endsWith(idEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no pattern ending " + idEnd));
    }

    @Test
    void eachVerbAloneCodesWithTheFirstComplementAsTarget() {
        EventPattern abandon = pattern("ABANDON [345]");
        assertThat(abandon.code()).isEqualTo("345");
        assertThat(abandon.sourceBefore()).isTrue();
        assertThat(abandon.triggerPos()).isEqualTo('v');
        assertThat(abandon.steps()).containsExactly(new EventPattern.Slot('T', EventPattern.Slot.ANY, false));
        assertThat(abandon.section().readsModality()).isFalse();
        assertThat(pattern("BREAK [1717]").triggers())
                .containsExactlyInAnyOrder("break", "broke", "broken", "break down", "breaks down", "broke down");
        assertThat(pattern("DOWNPLAY [014]").code()).isEqualTo("014");
    }

    @Test
    void prepositionsWordsAndSynsetsAfterTheVerb() {
        assertThat(pattern("- * WITH + [031]").steps())
                .containsExactly(new EventPattern.Slot('T', Set.of("with"), false));
        EventPattern ties = pattern("- * &TIETYPES TIES [902]");
        assertThat(ties.steps().get(0)).isEqualTo(
                new EventPattern.Word(Set.of("military ties", "economic ties"), Set.of(), false, true));
        assertThat(ties.steps().get(1)).isEqualTo(new EventPattern.Slot('T', EventPattern.Slot.ANY, false));
        assertThat(pattern("- * OFF_ [195]").steps().get(0)).isEqualTo(new EventPattern.Marker(Set.of("off"), true));
    }

    @Test
    void wordsBeforeTheVerbAndSlotsOnEitherSide() {
        EventPattern negated = pattern("- &NEGAUX * [081]");
        assertThat(negated.steps().get(0))
                .isEqualTo(new EventPattern.Before(Set.of("did n't", "will not")));
        assertThat(negated.hasBefore()).isTrue();
        EventPattern said = pattern("- SAID * TO ATTEND [082]");
        assertThat(said.steps()).startsWith(new EventPattern.Before(Set.of("said")));
        assertThat(said.steps().get(1)).isEqualTo(new EventPattern.Word(Set.of("attend"), Set.of("to"), false, true));
        EventPattern passive = pattern("- + * IN $ [075]");
        assertThat(passive.sourceBefore()).isFalse();
        assertThat(passive.steps()).containsExactly(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false),
                new EventPattern.Slot('S', Set.of("in"), false));
    }

    @Test
    void compoundActorsAndPairedCodes() {
        EventPattern compound = pattern("- % * [030:030]");
        assertThat(compound.sourceBefore()).isTrue();
        assertThat(compound.steps()).containsExactly(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false));
        assertThat(compound.section().pairedCode()).isEqualTo("030");
        EventPattern left = pattern("LEFT [032:033]");
        assertThat(left.section().code()).isEqualTo("032");
        assertThat(left.section().pairedCode()).isEqualTo("033");
    }

    @Test
    void nullAndReverseOnlyCodesAreSkippedAndOtherCodesReported() {
        PetrarchVerbReader.Result result = read();
        assertThat(result.lines()).isEqualTo(9);
        assertThat(result.translated()).isEqualTo(7);
        assertThat(result.skipped()).hasSize(2).anyMatch(s -> s.contains("reverse-only"))
                .anyMatch(s -> s.contains("null or non-code"));
        assertThat(result.codes()).contains("345", "1717", "032", "033", "014").doesNotContain("---");
        assertThat(result.dictionary().patterns()).noneMatch(p -> p.triggers().contains("riot"));
    }

    @Test
    void codesOutsideCameoGetDerivedEntries() {
        CameoOntology ontology = CameoOntology.builtIn();
        assertThat(ontology.contains("345")).isFalse();
        CameoOntology extended = ontology.withCodes(List.of("345", "075A", "1010", "def", "042"));
        assertThat(extended.get("345").orElseThrow()).satisfies(c -> {
            assertThat(c.root()).isEqualTo("34");
            assertThat(c.quad()).isZero();
            assertThat(c.goldstein()).isZero();
            assertThat(c.plover()).isNull();
        });
        assertThat(extended.get("075A").orElseThrow().quad()).isEqualTo(2);
        assertThat(extended.get("1010").orElseThrow().quad()).isEqualTo(3);
        assertThat(extended.get("def").orElseThrow().quad()).isZero();
        assertThat(extended.get("042")).isEqualTo(ontology.get("042"));
    }
}
