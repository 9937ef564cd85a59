package detente.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest, events, sql, recode, export and import through the command line, on one store, in order. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandIT {

    @TempDir
    static Path dir;

    static Path corpus;
    static String data;

    @BeforeAll
    static void writeArticles() throws IOException {
        corpus = Files.createDirectories(dir.resolve("news"));
        data = dir.resolve("data").toString();
        Files.writeString(corpus.resolve("2024-01-18-strikes.txt"), "Pakistan launched airstrikes on Iran.\n");
        Files.writeString(corpus.resolve("2024-01-19-strikes-again.txt"),
                "Strikes\n\nPakistan launched airstrikes on Iran, officials said.\n");
        Files.writeString(corpus.resolve("2024-01-24-meeting.txt"),
                "Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara.\n");
        Files.writeString(dir.resolve("2024-01-20-empty.txt"), "  \n");
    }

    @Test
    @Order(1)
    void badInputsAreReportedOneLineEachAndTheRestIsStored() {
        CliRunner.Result r = CliRunner.run("ingest", "--data", data, corpus.toString(),
                dir.resolve("2024-01-20-empty.txt").toString(), dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt: no such file").contains("empty.txt: empty");
        assertThat(r.out()).contains("3 new, 0 duplicate, 2 failed articles");
    }

    @Test
    @Order(2)
    void ingestingAgainAddsNothing() {
        CliRunner.Result r = CliRunner.run("ingest", "--data", data, corpus.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 new, 3 duplicate, 0 failed articles");
        CliRunner.Result count = CliRunner.run("sql", "--data", data, "--format", "tsv",
                "SELECT count(*) AS n FROM articles");
        assertThat(count.out()).isEqualTo("n\n3\n");
    }

    @Test
    @Order(3)
    void theSameStrikeReportedTwiceIsOneEventWithTwoArticles() {
        CliRunner.Result r = CliRunner.run("events", "--data", data, "--dyad", "IRN", "PAK", "--code", "19",
                "--format", "tsv");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[0]).startsWith("id\torigin\tdate\tsource_code\ttarget_code\tcameo");
        assertThat(rows[1]).contains("\tPAK\tIRN\t195\t").contains("\t2\t2\t2\t");
    }

    @Test
    @Order(4)
    void sqlIsReadOnly() {
        CliRunner.Result r = CliRunner.run("sql", "--data", data, "DROP TABLE events");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("only read-only queries");
        CliRunner.Result t = CliRunner.run("sql", "--data", data, "SELECT cameo FROM events ORDER BY cameo");
        assertThat(t.out()).contains("cameo").contains("195").contains("rows)");
    }

    @Test
    @Order(5)
    void recodingUnchangedDictionariesChangesNothing() {
        CliRunner.Result r = CliRunner.run("recode", "--data", data);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("recoded 3 articles: 0 event reports appeared, 0 disappeared, 0 changed");
    }

    @Test
    @Order(6)
    void exportsAndImportsThroughTheCommandLine() throws IOException {
        Path gdelt = dir.resolve("out.export.CSV");
        CliRunner.Result r = CliRunner.run("export", "gdelt", "--data", data, "--out", gdelt.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(gdelt)).isNotEmpty().allSatisfy(line ->
                assertThat(line.split("\t", -1)).hasSize(61));
        Path other = dir.resolve("other");
        CliRunner.Result imp = CliRunner.run("import", "gdelt", "--data", other.toString(), gdelt.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        CliRunner.Result again = CliRunner.run("export", "gdelt", "--data", other.toString());
        assertThat(again.out()).isEqualTo(Files.readString(gdelt));
        CliRunner.Result docs = CliRunner.run("export", "documents", "--data", data);
        assertThat(docs.out().split("\n")).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
        // every export says what it wrote, and an empty one says why
        assertThat(r.err()).isEqualTo("detente: export gdelt: wrote " + Files.readAllLines(gdelt).size()
                + " GDELT event rows to " + gdelt + "\n");
        assertThat(docs.err()).isEqualTo("detente: export documents: wrote 3 documents to standard output\n");
        CliRunner.Result gold = CliRunner.run("export", "gold", "--data", data);
        assertThat(gold.out()).isEmpty();
        assertThat(gold.err()).isEqualTo("detente: export gold: wrote 0 reviewed events to standard output\n"
                + "detente: export gold: no event has a reviewer's verdict yet (readers give verdicts in the"
                + " dashboard's replies; moderators accept them)\n");
    }

    @Test
    @Order(7)
    void undatedArticlesAreSaidAndDatedFromTheirNameOrModificationTime() throws IOException {
        Path undated = Files.createDirectories(dir.resolve("undated"));
        Path notes = undated.resolve("notes.txt");
        Files.writeString(notes, "Talks\n\nIran and Pakistan agreed to return their ambassadors, officials said.\n");
        Files.setLastModifiedTime(notes, java.nio.file.attribute.FileTime.from(
                java.time.Instant.parse("2024-02-03T10:00:00Z")));
        Files.writeString(undated.resolve("2024-03-05-page.html"), "<html><head><title>Envoys</title></head><body>"
                + "<p>Turkey's foreign minister Hakan Fidan met Iranian Foreign Minister Hossein Amirabdollahian in"
                + " Tehran on Tuesday to discuss Gaza.</p></body></html>");
        Path given = dir.resolve("given.txt");
        Files.writeString(given, "Recall\n\nIraq recalled its ambassador from Tehran.\n");
        CliRunner.Result r = CliRunner.run("ingest", "--data", data, undated.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("publication date")))
                .containsExactly("detente: warning: " + undated.resolve("2024-03-05-page.html") + ": no publication"
                                + " date in the article; dated 2024-03-05 from its file name",
                        "detente: warning: " + notes + ": no publication date in the article or its name;"
                        + " dated 2024-02-03 from the file's modification time (give --date YYYY-MM-DD to set"
                        + " another)");
        CliRunner.Result withDate = CliRunner.run("ingest", "--data", data, "--date", "2024-01-16", given.toString());
        assertThat(withDate.exit()).as(withDate.err()).isZero();
        assertThat(withDate.err()).doesNotContain("publication date");
        CliRunner.Result stored = CliRunner.run("sql", "--data", data, "--format", "tsv", "SELECT date,"
                + " extraction->>'date_source' AS date_source FROM articles WHERE seq > 3 ORDER BY seq");
        assertThat(stored.out()).as(stored.err()).isEqualTo("date\tdate_source\n2024-03-05\tfile name\n"
                + "2024-02-03\tmodification time\n2024-01-16\t--date\n");
    }
}
