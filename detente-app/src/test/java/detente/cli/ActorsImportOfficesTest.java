package detente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code detente actors import-offices}: a Phoenix country file in, our office-holders table out. */
class ActorsImportOfficesTest {

    @Test
    void writesTheTableAndSaysWhatItKept(@TempDir Path dir) throws Exception {
        Path phoenix = dir.resolve("countries.actors.txt");
        Files.writeString(phoenix, """
                ARUBA_ [ABW]
                LUCIA_VAN_DER_BERG_  # CountryInfo.txt
                \t[ABWGOV 950101-011031]
                OLD_MINISTER_  # CountryInfo.txt
                \t[ABWGOV 700101-801231]
                """);
        Path out = dir.resolve("office-holders.tsv");
        CliRunner.Result r = CliRunner.run("actors", "import-offices", "--from", phoenix.toString(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("2 people read", "1 people written");
        assertThat(Files.readString(out)).contains("Lucia Van Der Berg\t", "ABW\tABWGOV 1995-01-01..2001-11-01")
                .doesNotContain("Old Minister");
    }
}
