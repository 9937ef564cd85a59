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
        assertThat(Alerts.upperTail(700, 500)).isLessThan(1e-10); // large rates do not underflow to nonsense
    }

    @Test
    void pruningBoundsFollowFromTheCountCheck() {
        assertThat(Alerts.minEventsToRise()).isEqualTo(2); // one event on a silent dyad is never an alert
        assertThat(Alerts.minEventsToDrop()).isEqualTo(11); // -ln(0.005) = 5.3 per week over two weeks
    }
}
