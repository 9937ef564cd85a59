package detente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to {@code eval places} is one line naming it, before any model is loaded. */
class EvalPlacesCommandTest {

    @Test
    void aMissingGoldFileIsNamed(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("eval", "places", dir.resolve("nope.tsv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("detente: " + dir.resolve("nope.tsv") + ": no such file");
    }

    @Test
    void aMalformedRowAndAnArticleNotInTheCorpusAreNamed(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("places.tsv");
        Files.writeString(gold, "a.txt\tErbil\tIRQ\tlast week\tcity\n");
        CliRunner.Result bad = CliRunner.run("eval", "places", gold.toString(), "--corpus", dir.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("detente: " + gold + " line 1:").doesNotContain("\n");
        Files.writeString(gold, "a.txt\tErbil\tIRQ\t2024-01-15\tcity\n");
        CliRunner.Result missing = CliRunner.run("eval", "places", gold.toString(), "--corpus", dir.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("detente: " + gold + ": a.txt is not in " + dir);
    }
}
