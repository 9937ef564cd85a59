package detente.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code detente eval petrarch} on a tiny records file with tiny PETRARCH dictionaries (loads CoreNLP). */
class EvalPetrarchCommandIT {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EvalPetrarchCommandIT.class.getResource("/petrarch/" + name).toURI());
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void codesEachRecordWithThePetrarchDictionariesAndScoresIt() throws Exception {
        Path records = resource("tiny.records.xml");
        String out = run("eval", "petrarch", records.toString(), "--dictionaries", records.getParent().toString(),
                "--threads", "1");
        // T-04 expects a coding the dictionaries cannot give: it fails, and is listed.
        assertThat(out).contains("FAIL T-04").doesNotContain("FAIL T-01").doesNotContain("FAIL T-02")
                .doesNotContain("FAIL T-03");
        assertThat(out).containsPattern("DEMO +3 +2 ");
        assertThat(out).containsPattern("AGENT +1 +1 ");
        assertThat(out.strip()).endsWith("3 passed, 1 failed");
    }

    @Test
    void prefixNamesTheDictionaryFilesAndQuietPrintsOnlyScores() throws Exception {
        Path records = resource("tiny.records.xml");
        String out = run("eval", "petrarch", records.toString(), "--dictionaries", records.getParent().toString(),
                "--prefix", "Tiny.", "--quiet", "--threads", "1");
        assertThat(out).doesNotContain("FAIL");
        assertThat(out).contains("precision").contains("recall");
        assertThat(out.strip()).endsWith("3 passed, 1 failed");
    }
}
