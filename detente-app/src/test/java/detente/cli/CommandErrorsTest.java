package detente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors a person can act on: one line, naming the input and what to do; nothing loaded before the check. */
class CommandErrorsTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandButTheCreatingOnesRefusesAMissingStoreTheSameWay() {
        String missing = dir.resolve("detente-dta").toString();
        String expected = "detente: no store in " + missing + " (run detente ingest, detente import or detente demo"
                + " with --data " + missing + " first, or check the --data directory)\n";
        for (List<String> command : List.of(List.of("events"), List.of("sql", "SELECT 1"), List.of("dyad", "IRN",
                        "PAK"), List.of("alerts"), List.of("network"), List.of("actor", "IRN"), List.of("export",
                        "gdelt"), List.of("recode"), List.of("serve", "--port", "0"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", missing));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(command.toString()).isEqualTo(1);
            assertThat(r.err()).as(command.toString()).isEqualTo(expected);
            assertThat(r.out()).as(command.toString()).isEmpty();
        }
        assertThat(Files.exists(Path.of(missing))).as("nothing is created").isFalse();
    }

    @Test
    void usageErrorsAreOneLineThatPointsAtHelp() {
        CliRunner.Result r = CliRunner.run("events", "--nonsense");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("detente: Unknown option: '--nonsense' (see detente events --help)\n");
        CliRunner.Result date = CliRunner.run("code", "--date", "2024-1-5", "-");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).isEqualTo("detente: Invalid value for option '--date': '2024-1-5' is not a date;"
                + " write it as YYYY-MM-DD (for example 2024-01-05) (see detente code --help)\n");
    }

    @Test
    void argumentsAreCheckedBeforeModelsLoad() {
        CliRunner.Result r = CliRunner.run("bench", "--runs", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("detente: --runs must be at least 1, not 0 (see detente bench --help)\n");
        CliRunner.Result a = CliRunner.run("bench", "analysis", "--runs", "0");
        assertThat(a.err()).isEqualTo("detente: --runs must be at least 1, not 0"
                + " (see detente bench analysis --help)\n");
    }

    @Test
    void missingAndWrongInputFilesAreNamedOnce() throws IOException {
        CliRunner.Result eval = CliRunner.run("eval", "petrarch", dir.resolve("x.xml").toString());
        assertThat(eval.exit()).isEqualTo(1);
        assertThat(eval.err()).isEqualTo("detente: " + dir.resolve("x.xml") + ": no such file (give a PETRARCH"
                + " validation file, such as PETR_Validate_records_2_0.xml)\n");
        Path readme = Files.writeString(dir.resolve("README.md"), "# Notes\n\nNot GDELT.\n");
        CliRunner.Result imp = CliRunner.run("import", "gdelt", "--data", dir.resolve("data").toString(),
                readme.toString());
        assertThat(imp.exit()).isEqualTo(1);
        assertThat(imp.err()).isEqualTo("detente: " + readme + ": line 1 has 1 fields, a GDELT 2.0 event row has"
                + " 61 (is this a GDELT 2.0 events export, *.export.CSV?); nothing imported\n");
    }
}
