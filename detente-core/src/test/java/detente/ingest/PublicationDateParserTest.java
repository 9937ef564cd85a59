package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicationDateParserTest {

    private static final LocalDate JAN_24 = LocalDate.of(2024, 1, 24);

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-24", "2024-01-24T09:30:00+03:00", "2024-01-24T23:30:00Z",
        "2024-01-24T09:30:00", "2024-01-24T09:30:00+0300", "Wed, 24 Jan 2024 09:30:00 GMT",
        "24 Jan 2024 09:30:00 +0000", "2024/01/24", "20240124", "January 24, 2024", "Jan 24, 2024",
        "24 January 2024", "January 24th, 2024 at 9:30", "2024-01-24 09:30:00"})
    void readsCommonFormats(String value) {
        assertThat(PublicationDateParser.parse(value)).contains(JAN_24);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "not a date", "2024-13-45", "0001-01-01", "32 Jan 2024"})
    void refusesWhatIsNotADate(String value) {
        assertThat(PublicationDateParser.parse(value)).isEmpty();
    }

    @Test
    void readsDatesInUrls() {
        assertThat(PublicationDateParser.fromUrl("https://x.com/world/2024/01/24/talks")).contains(JAN_24);
        assertThat(PublicationDateParser.fromUrl("https://x.com/2024-01-24-talks")).contains(JAN_24);
        assertThat(PublicationDateParser.fromUrl("https://x.com/news/20240124/talks")).contains(JAN_24);
        assertThat(PublicationDateParser.fromUrl("https://x.com/item/12345678")).isEmpty();
        assertThat(PublicationDateParser.fromUrl(null)).isEmpty();
    }
}
