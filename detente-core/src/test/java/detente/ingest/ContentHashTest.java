package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void hashesTextAfterNormalisation() {
        assertThat(ContentHash.of("Talks  resume&amp;go")).isEqualTo(ContentHash.of("talks resume&go"))
                .hasSize(64).matches("[0-9a-f]+");
        assertThat(ContentHash.of("Talks resume")).isNotEqualTo(ContentHash.of("Talks resumed"));
    }
}
