package detente.ingest;

import static detente.ingest.DuplicateDetectorTest.EDITED_COPY;
import static detente.ingest.DuplicateDetectorTest.OTHER_STORY;
import static detente.ingest.DuplicateDetectorTest.WIRE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

    @Test
    void estimatesSimilarity() {
        MinHashSignature wire = MinHashSignature.of(WIRE);

        assertThat(wire.similarity(MinHashSignature.of(WIRE))).isEqualTo(1.0);
        assertThat(wire.similarity(MinHashSignature.of(EDITED_COPY))).isBetween(0.6, 0.99);
        assertThat(wire.similarity(MinHashSignature.of(OTHER_STORY))).isLessThan(0.2);
    }

    @Test
    void isDeterministicAndMarksEmptyTexts() {
        assertThat(MinHashSignature.of(WIRE).band(0, 4)).isEqualTo(MinHashSignature.of(WIRE).band(0, 4));
        assertThat(MinHashSignature.of("").isEmpty()).isTrue();
        assertThat(MinHashSignature.of("two words").isEmpty()).isFalse();
    }
}
