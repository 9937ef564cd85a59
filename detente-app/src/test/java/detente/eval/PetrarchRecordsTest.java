package detente.eval;

import detente.eval.PetrarchRecords.Coding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchRecordsTest {

    @Test
    void readsTheEnvironmentRecordsAndCodings() {
        PetrarchRecords file = PetrarchRecords.parse("""
                <Validation><!-- <Sentence id="commented-out"> -->
                <Environment><Verbfile>V.txt</Verbfile><Actorfile>A.txt, B.txt</Actorfile>
                <Agentfile>G.txt</Agentfile></Environment>
                <Sentence date = "19950101" id ="X-1" category="DEMO">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <EventCoding targetcode="GON" eventcode="223"></EventCoding>
                <Text>
                Arnor  restored ties
                with Gondor &amp; friends.
                </Text>
                <Parse>(ROOT)</Parse>
                </Sentence>
                <Sentence category="AFP" date="121108" id="X-2" evaluate="true"/>
                <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
                <Text>Not well-formed, as published.</Text>
                </Sentence>
                <Sentence date="19950101" id="X-3" category="ERROR"><EventCoding sourcecode="A" targetcode="B"
                 eventcode="1" error="storydiscard"></EventCoding><Text>Discarded.</Text></Sentence>
                <Sentence date="19950101" id="X-4" category="DEMO"><EventCoding noevents="True"/>
                <Text>Nothing.</Text></Sentence>
                </Validation>
                """);
        assertThat(file.environment().actorFiles()).containsExactly("A.txt", "B.txt");
        assertThat(file.environment().verbFile()).isEqualTo("V.txt");
        assertThat(file.environment().agentFile()).isEqualTo("G.txt");
        assertThat(file.records()).extracting(PetrarchRecords.Record::id).containsExactly("X-1", "X-2", "X-3", "X-4");
        PetrarchRecords.Record first = file.records().get(0);
        assertThat(first.text()).isEqualTo("Arnor restored ties with Gondor & friends.");
        assertThat(first.date()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(first.expected()).containsExactly(new Coding("ARN", "GON", "064"), new Coding("---", "GON", "223"));
        assertThat(file.records().get(1).date()).isEqualTo(LocalDate.of(2012, 11, 8));
        assertThat(file.records().get(1).expected()).containsExactly(new Coding("USA", "CHN", "042"));
        assertThat(file.records().get(2).expected()).isEmpty();
        assertThat(file.records().get(3).expected()).isEmpty();
    }

    @Test
    void configOptionsHoldForTheRecordsAfterThemAndSingleQuotedCodesAreRead() {
        PetrarchRecords file = PetrarchRecords.parse("""
                <Sentences>
                <Sentence date="19950101" id="A" category="DEMO"><Text>First.</Text></Sentence>
                <Config option="require_dyad" value="FALSE"></Config>
                <Config option="new_actor_length" value="4"></Config>
                <Sentence date="19950101" id="B" category="DEMO">
                <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
                <Text>Second.</Text></Sentence>
                <Config option="require_dyad" value="true"></Config>
                <Sentence date="19950101" id="C" category="DEMO"><Text>Third.</Text></Sentence>
                </Sentences>
                """);
        assertThat(file.records()).extracting(PetrarchRecords.Record::requireDyad).containsExactly(true, false, true);
        assertThat(file.records().get(1).options()).containsEntry("new_actor_length", "4");
        assertThat(file.records().get(1).expected()).containsExactly(new Coding("\"INJURY TOLL\"", "OSG", "223"));
    }

    @Test
    void aRecordPassesWhenItsCodedSetEqualsTheExpectedSet() {
        PetrarchRecords.Record record = new PetrarchRecords.Record("r", "DEMO", null, "t",
                Set.of(new Coding("ARN", "GON", "064"), new Coding("GON", "ARN", "064")), java.util.Map.of());
        Conformance score = new Conformance();
        assertThat(score.add(record, Set.of(new Coding("ARN", "GON", "064"))).passed()).isFalse();
        assertThat(score.add(record, Set.of(new Coding("ARN", "GON", "064"), new Coding("GON", "ARN", "064"))).passed())
                .isTrue();
        Conformance.Tally total = score.total();
        assertThat(total.records()).isEqualTo(2);
        assertThat(total.passed()).isEqualTo(1);
        assertThat(total.expected()).isEqualTo(4);
        assertThat(total.found()).isEqualTo(3);
        assertThat(total.precision()).isEqualTo(1.0);
        assertThat(total.recall()).isEqualTo(0.75);
    }
}
