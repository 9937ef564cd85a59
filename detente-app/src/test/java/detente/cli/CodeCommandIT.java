package detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path meeting;
    static Path invasion;
    static Path strikes;
    static Path condemnation;

    @BeforeAll
    static void writeArticles() throws IOException {
        meeting = write("2024-01-24-meeting.txt", "Raisi in Ankara\n\n"
                + "Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday.\n");
        invasion = write("1940-05-10-invasion.txt", "Germany invaded France.\n");
        strikes = write("2024-01-18-strikes.txt", "Pakistan launched airstrikes on Iran.\n");
        condemnation = write("2024-01-20-condemnation.txt", "Turkey condemned Israel's attacks on Gaza.\n");
    }

    private static Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void codesTheFourReferenceSentencesAsJsonLines() throws IOException {
        CliRunner.Result r = CliRunner.run("code", meeting.toString(), invasion.toString(), strikes.toString(),
                condemnation.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> events = lines(r.out());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("article").asText()).isEqualTo(meeting.toString());
            assertThat(e.get("date").asText()).isEqualTo("2024-01-24");
            assertThat(e.at("/source/code").asText()).isEqualTo("IRNGOV");
            assertThat(e.at("/target/code").asText()).isEqualTo("TURGOV");
            assertThat(e.get("cameo").asText()).startsWith("04");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.at("/source/code").asText() + e.at("/target/code").asText()
                + e.get("cameo").asText()).isEqualTo("DEUFRA192"));
        assertThat(events).anySatisfy(e -> assertThat(e.at("/source/code").asText() + e.at("/target/code").asText()
                + e.get("cameo").asText()).isEqualTo("PAKIRN195"));
        assertThat(events).anySatisfy(e -> assertThat(e.at("/source/code").asText() + e.at("/target/code").asText()
                + e.get("cameo").asText()).isEqualTo("TURISR111"));
        // Output order follows input order.
        assertThat(events.get(0).get("article").asText()).isEqualTo(meeting.toString());
    }

    @Test
    void tsvHasAHeaderAndOneRowPerEvent() {
        CliRunner.Result r = CliRunner.run("code", "--format", "tsv", strikes.toString(), invasion.toString());
        assertThat(r.exit()).isZero();
        String[] rows = r.out().split("\n");
        assertThat(rows[0]).startsWith("article\tdate\tsource\ttarget\tcameo");
        assertThat(rows).anyMatch(row -> row.startsWith(strikes + "\t2024-01-18\tPAK\tIRN\t195\t4\t-10.0"));
        assertThat(rows).anyMatch(row -> row.contains("\tDEU\tFRA\t192\t"));
    }

    @Test
    void tableIsReadable() {
        CliRunner.Result r = CliRunner.run("code", "--format", "table", condemnation.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("TUR").contains("ISR").contains("111").contains("Turkey → Israel");
    }

    @Test
    void aTableOverSeveralFilesNamesTheArticleAndNoEventsIsSaid() throws IOException {
        CliRunner.Result r = CliRunner.run("code", "--format", "table", strikes.toString(), condemnation.toString());
        assertThat(r.exit()).isZero();
        List<String> rows = r.out().lines().toList();
        assertThat(rows.get(0)).startsWith("article                   date        source");
        assertThat(rows).anyMatch(l -> l.startsWith("strikes.txt               2024-01-18  PAK"))
                .anyMatch(l -> l.startsWith("condemnation.txt          2024-01-20  TUR"));
        Path quiet = write("2024-01-22-weather.txt", "Heavy snow closed schools across the region on Monday.\n");
        CliRunner.Result none = CliRunner.run("code", "--format", "table", quiet.toString());
        assertThat(none.exit()).isZero();
        assertThat(none.out().lines()).hasSize(2).last().isEqualTo("0 events");
        assertThat(none.out()).startsWith("date        source");
        assertThat(CliRunner.run("code", "--format", "tsv", quiet.toString()).out()).startsWith("article\tdate\t")
                .hasLineCount(1);
    }

    @Test
    void withoutRequireDyadAnEventWithNoTargetIsCoded() throws IOException {
        Path untargeted = write("2024-01-21-untargeted.txt", "A senior official condemned the shelling of the market.\n");
        assertThat(lines(CliRunner.run("code", untargeted.toString()).out())).isEmpty();
        List<JsonNode> events = lines(CliRunner.run("code", "--no-require-dyad", untargeted.toString()).out());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("source").get("code").asText()).isEqualTo("---GOV");
            assertThat(e.get("target").isNull()).isTrue();
            assertThat(e.get("cameo").asText()).isEqualTo("111");
        });
    }

    @Test
    void dateOverrideApplies() throws IOException {
        CliRunner.Result r = CliRunner.run("code", "--date", "2020-02-02", strikes.toString());
        assertThat(lines(r.out())).allSatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2020-02-02"));
    }

    @Test
    void missingAndEmptyInputsAreReportedAndTheRestIsCoded() throws IOException {
        Path empty = write("empty.txt", "  \n");
        CliRunner.Result r = CliRunner.run("code", dir.resolve("missing.txt").toString(), empty.toString(),
                strikes.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt: no such file").contains("empty.txt: empty");
        assertThat(lines(r.out())).isNotEmpty();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRunner.run("code", "--format", "xml", strikes.toString()).exit()).isEqualTo(2);
        assertThat(CliRunner.run("code").exit()).isEqualTo(2);
        assertThat(CliRunner.run("no-such-command").exit()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : List.of("code", "annotate", "explain", "demo", "bench", "actors")) {
            CliRunner.Result help = CliRunner.run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: detente " + command);
            assertThat(CliRunner.run(command, "--version").out()).as(command).startsWith("detente ");
        }
    }
}
