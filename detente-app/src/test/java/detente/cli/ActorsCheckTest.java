package detente.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code actors check} keeps real dual offices (notes) apart from what may be wrong (problems, warnings). */
class ActorsCheckTest {

    @Test
    void dualOfficesAreNotesNotWarnings() {
        CliRunner.Result r = CliRunner.run("actors", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int notes = lines.indexOf("notes (usually right: people holding two offices at once):");
        assertThat(notes).isNotNegative();
        assertThat(lines.subList(notes, lines.size())).contains("  person Pervez Musharraf holds PAKMIL (Chief of"
                + " Army Staff) and PAKGOV (President) at the same time");
        assertThat(lines.subList(0, notes)).noneMatch(l -> l.contains(" holds "));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ countries, .*; 0 problems, \\d+ warnings, \\d+ notes");
    }
}
