package detente.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlertsPoissonTest {

    @Test
    void tails() {
        assertThat(Alerts.upperTail(0, 3)).isEqualTo(1.0);
        assertThat(Alerts.upperTail(1, 0.1)).isCloseTo(1 - Math.exp(-0.1), within(1e-12));
        assertThat(Alerts.lowerTail(0, 5)).isCloseTo(Math.exp(-5), within(1e-12));
        assertThat(Alerts.upperTail(2, 0.1)).isCloseTo(1 - Math.exp(-0.1) * 1.1, within(1e-12));
        assertThat(Alerts.upperTail(700, 500)).isBetween(1e-30, 1e-10); // small tails keep their precision
        double pmf10 = Math.exp(-0.1) * Math.pow(0.1, 10) / 3628800;
        assertThat(Alerts.upperTail(10, 0.1)).isBetween(pmf10, pmf10 * 1.01); // P(N = 10) plus a little
    }

    @Test
    void scoreIsTheWeakerEvidenceOnTheZScale() {
        assertThat(Alerts.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(Alerts.normalQuantile(0.005)).isCloseTo(-2.575829, within(1e-6));
        assertThat(Alerts.score(10, 0.005)).isCloseTo(2.575829, within(1e-6));
        assertThat(Alerts.score(3, 1e-9)).isEqualTo(3);
    }

    @Test
    void pruningBoundsFollowFromTheCountCheck() {
        assertThat(Alerts.minEventsToRise()).isEqualTo(2); // one event on a silent dyad is never an alert
        assertThat(Alerts.minEventsToDrop()).isEqualTo(11); // -ln(0.005) = 5.3 per week over two weeks
    }
}
