package detente.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void exactHashDistinguishesAnyChange() {
        assertThat(ContentHash.of("Talks resume")).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(ContentHash.of("Talks resume"))
                .isNotEqualTo(ContentHash.of("Talks  resume"));
    }

    @Test
    void groupHashIgnoresCasePunctuationAndSpacing() {
        assertThat(ContentHash.group("Talks  resume, in ANKARA!")).isEqualTo(ContentHash.group("talks resume in Ankara"));
        assertThat(ContentHash.group("Talks resume")).isNotEqualTo(ContentHash.group("Talks resumed"));
    }
}
