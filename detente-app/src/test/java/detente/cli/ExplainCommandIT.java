package detente.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandIT {

    @Test
    void showsTokensMentionsRulesAndTheDecision() {
        CliRunner.Result r = CliRunner.run("explain", "Pakistan launched airstrikes on Iran.", "--date", "2024-01-18");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("tokens:").contains("launch").contains("obl:on")
                .contains("mentions:").contains("\"Pakistan\"").contains("PAK")
                .contains("rules:").contains("=> 195 PAK -> IRN")
                .contains("events: 1");
    }

    @Test
    void saysWhyANegatedEventWasNotCoded() {
        CliRunner.Result r = CliRunner.run("explain", "Raisi did not meet Erdogan.", "--date", "2024-01-24");
        assertThat(r.out()).contains("not coded: negated by 'not'").contains("events: 0");
    }
}
