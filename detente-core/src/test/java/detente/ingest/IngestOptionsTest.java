package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {

    @Test
    void hasSafeDefaults() {
        IngestOptions options = IngestOptions.defaults();

        assertThat(options.maxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(options.dateOverride()).isNull();
        assertThat(options.fetchFeedLinks()).isTrue();
        assertThat(options.publicHostsOnly()).isFalse();
        assertThat(IngestOptions.USER_AGENT).isEqualTo("detente/0.1 (+news event coder)");
    }

    @Test
    void copiesWithChanges() {
        IngestOptions options = IngestOptions.defaults().withDate(LocalDate.of(2024, 1, 24)).withMaxBytes(5)
                .withFetchTimeout(Duration.ofSeconds(1)).withFetchFeedLinks(false);

        assertThat(options).isEqualTo(new IngestOptions(LocalDate.of(2024, 1, 24), 5, Duration.ofSeconds(1), false));
        assertThat(options.withPublicHostsOnly(true)).isEqualTo(
                new IngestOptions(LocalDate.of(2024, 1, 24), 5, Duration.ofSeconds(1), false, true));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> IngestOptions.defaults().withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IngestOptions.defaults().withFetchTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failuresAndWarningsReadAsOneLine() {
        assertThat(new IngestFailure("feed.xml", "not a valid RSS/Atom feed (x at line 12)"))
                .hasToString("bad input: feed.xml: not a valid RSS/Atom feed (x at line 12)");
        assertThat(new IngestWarning("https://e.com/a", "no publication date"))
                .hasToString("warning: https://e.com/a: no publication date");
    }
}
