package detente.eval;

import detente.eval.PetrarchRecords.Coding;
import detente.eval.PetrarchRecords.Record;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConformanceTest {

    @Test
    void aFailureListsWhatWasCodedInTheCodersOrderEveryRun() {
        Set<Coding> coded = new LinkedHashSet<>();
        for (String code : List.of("190", "042", "111", "036", "057", "173", "120", "0251")) {
            coded.add(new Coding("IRN", "TUR", code));
        }
        Record record = new Record("r1", "test", LocalDate.of(2024, 1, 24), "Iran met Turkey.",
                Set.of(new Coding("IRN", "TUR", "040")), java.util.Map.of());

        Conformance.Outcome outcome = new Conformance().add(record, coded);

        assertThat(outcome.passed()).isFalse();
        assertThat(new ArrayList<>(outcome.coded())).containsExactlyElementsOf(coded);
    }
}
