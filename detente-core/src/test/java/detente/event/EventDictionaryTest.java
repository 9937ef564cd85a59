package detente.event;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDictionaryTest {

    private static final CameoOntology ONTOLOGY = CameoOntology.builtIn();

    private static EventDictionary parse(String text) throws Exception {
        return EventDictionary.parse(new StringReader(text), "test.txt", ONTOLOGY);
    }

    @Test
    void readsSectionsFlagsAndPatterns() throws Exception {
        EventDictionary d = parse("""
                # comment
                [046 reciprocal intent=036] Engage in negotiation
                {S} hold talk with {T}   # trailing comment
                talk:n between {S} and {T}
                [195] Employ aerial weapons
                {S} launch airstrike|air_strike on|against {T}
                {S} carry_out raid on {T}
                """);
        assertThat(d.patterns()).hasSize(4);
        EventPattern talks = d.patterns().get(0);
        assertThat(talks.id()).isEqualTo("046:{S} hold talk with {T}");
        assertThat(talks.section().reciprocal()).isTrue();
        assertThat(talks.section().intentCode()).isEqualTo("036");
        assertThat(talks.triggers()).containsExactly("hold");
        assertThat(talks.steps()).hasSize(2);
        assertThat(talks.steps().get(0)).isEqualTo(new EventPattern.Word(java.util.Set.of("talk"), java.util.Set.of(), false));
        EventPattern between = d.patterns().get(1);
        assertThat(between.triggerPos()).isEqualTo('n');
        assertThat(between.sourceBefore()).isFalse();
        assertThat(d.forTrigger("launch")).extracting(EventPattern::code).containsExactly("195");
        assertThat(d.patterns().get(2).steps().get(0)).isEqualTo(
                new EventPattern.Word(java.util.Set.of("airstrike", "air strike"), java.util.Set.of(), false));
        // A phrasal trigger is found from each of its words.
        assertThat(d.forTrigger("carry")).extracting(EventPattern::id).containsExactly("195:{S} carry_out raid on {T}");
        assertThat(d.forTrigger("out")).hasSize(1);
    }

    @Test
    void aWordMayAskForAPartOfSpeech() throws Exception {
        EventDictionary d = parse("""
                [0874] Retreat
                {S} withdraw troop|force:n from {T}
                """);
        assertThat(d.patterns().get(0).steps().get(0)).isEqualTo(new EventPattern.Word(
                java.util.Set.of("troop", "force"), java.util.Set.of(), false, false, 'n'));
    }

    @Test
    void aPatternMayStartWithItsTarget() throws Exception {
        EventPattern received = parse("""
                [072] Provide military aid
                {T} receive weapon|arm from {S}
                """).patterns().get(0);
        assertThat(received.sourceBefore()).isFalse();
        assertThat(received.triggers()).containsExactly("receive");
        assertThat(received.steps().get(0)).isEqualTo(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false));
        assertThat(received.steps().get(2)).isEqualTo(new EventPattern.Slot('S', java.util.Set.of("from"), false));
        // As specific as its {S}-first mirror image.
        assertThat(received.specificity()).isEqualTo(parse("[072] Aid\n{S} send weapon|arm to {T}\n")
                .patterns().get(0).specificity());
        assertThatThrownBy(() -> parse("[072] Aid\n{T} receive weapon\n"))
                .hasMessageContaining("line 2").hasMessageContaining("no {S} after its trigger");
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThatThrownBy(() -> parse("[999] Nothing\n{S} do {T}\n"))
                .hasMessageContaining("test.txt line 1").hasMessageContaining("unknown CAMEO code 999");
        assertThatThrownBy(() -> parse("{S} visit {T}\n"))
                .hasMessageContaining("line 1").hasMessageContaining("before any [CODE] header");
        assertThatThrownBy(() -> parse("[042] Visit\n{S} {T}\n"))
                .hasMessageContaining("line 2").hasMessageContaining("no trigger");
        assertThatThrownBy(() -> parse("[042 loud] Visit\n"))
                .hasMessageContaining("unknown flag 'loud'");
    }

    @Test
    void theBuiltInDictionaryCoversEveryCameoRoot() {
        EventDictionary builtIn = EventDictionary.builtIn(ONTOLOGY);
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertThat(builtIn.patterns()).as("patterns for root " + r).anyMatch(p -> p.code().startsWith(r));
        }
        assertThat(builtIn.patterns().stream().map(EventPattern::id).distinct().count())
                .isEqualTo(builtIn.patterns().size());
    }

    @Test
    void ontologyHasAll311CodesWithQuadClassByRoot() {
        assertThat(ONTOLOGY.all()).hasSize(311);
        for (CameoCode c : ONTOLOGY.all()) {
            int root = Integer.parseInt(c.root());
            int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertThat(c.quad()).as(c.code()).isEqualTo(expected);
        }
        assertThat(ONTOLOGY.get("195").orElseThrow().goldstein()).isEqualTo(-10.0);
        assertThat(ONTOLOGY.get("042").orElseThrow().plover().event()).isEqualTo("CONSULT");
    }
}
