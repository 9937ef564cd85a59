package detente.fact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountTest {

    private static Amount of(String number, String scale, String hedge) {
        return Amount.of(number, scale, hedge).orElseThrow();
    }

    @Test
    void exactNumbersInDigitsAndWords() {
        assertThat(of("93", null, null)).isEqualTo(new Amount(93, 93));
        assertThat(of("ninety-three", null, null)).isEqualTo(new Amount(93, 93));
        assertThat(of("1,200", null, null)).isEqualTo(new Amount(1200, 1200));
        assertThat(of("2.5", "million", null)).isEqualTo(new Amount(2_500_000, 2_500_000));
        assertThat(of("10", "bn", null)).isEqualTo(new Amount(1e10, 1e10));
    }

    @Test
    void hedgesFollowTheDocumentedConventions() {
        assertThat(of("100", null, "more than")).isEqualTo(new Amount(101, 200));
        assertThat(of("93", null, "at least")).isEqualTo(new Amount(93, 186));
        assertThat(of("100", null, "nearly")).isEqualTo(new Amount(90, 99));
        assertThat(of("95", null, "about")).isEqualTo(new Amount(86, 105));
    }

    @Test
    void vagueAmounts() {
        assertThat(of("dozens", null, null)).isEqualTo(new Amount(24, 99));
        assertThat(of("scores", null, null)).isEqualTo(new Amount(40, 99));
        assertThat(of("hundreds", null, null)).isEqualTo(new Amount(200, 999));
        assertThat(of("several", null, null)).isEqualTo(new Amount(3, 9));
    }

    @Test
    void unreadableNumbersAreEmpty() {
        assertThat(Amount.of("many", null, null)).isEmpty();
    }
}
