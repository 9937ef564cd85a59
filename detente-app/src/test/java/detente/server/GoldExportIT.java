package detente.server;

import com.fasterxml.jackson.databind.JsonNode;
import detente.cli.Main;
import detente.store.Replies;
import detente.store.Reply;
import detente.store.Store;
import detente.store.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviewers' verdicts become a gold set ({@code export gold}) that {@code eval gold} scores the coder against. */
class GoldExportIT {

    @TempDir
    Path dir;

    @Test
    void approvedVerdictsAreExportedWithoutPersonalDataAndScored() throws Exception {
        Path data = TestStore.copyTo(dir.resolve("data"));
        List<String> reports = new ArrayList<>();
        try (Store s = Store.open(data)) {
            try (ResultSet r = s.connection().createStatement().executeQuery(
                    "SELECT id FROM event_mentions ORDER BY article_id, sentence, trigger_start LIMIT 3")) {
                while (r.next()) {
                    reports.add(r.getString(1));
                }
            }
            Replies replies = new Replies(s);
            Instant t = Instant.parse("2024-02-01T10:00:00Z");
            Reply first = replies.add(sub(reports.get(0), new Verdict("correct", null, null, null)), t);
            replies.moderate(first.id(), Reply.APPROVED);
            // The same reviewer, recognised as returning: verdicts still wait until a moderator accepts them.
            Reply wrong = replies.add(sub(reports.get(1), new Verdict("wrong", null, null, null)), t.plusSeconds(1),
                    true);
            Reply fix = replies.add(sub(reports.get(2), new Verdict("fix", "190", null, null)), t.plusSeconds(2),
                    true);
            assertThat(replies.accuracy().total()).isEqualTo(1);
            replies.moderate(wrong.id(), Reply.APPROVED);
            replies.moderate(fix.id(), Reply.APPROVED);
            replies.add(new Replies.Submission("event", reports.get(0), "Other", "pending@example.org", null,
                    "unmoderated", new Verdict("wrong", null, null, null)), t.plusSeconds(3));
            assertThat(replies.accuracy().total()).isEqualTo(3);
            assertThat(replies.accuracy().accuracy()).isEqualTo(1.0 / 3);
        }
        Path gold = dir.resolve("gold.jsonl");
        Result export = run("export", "gold", "--data", data.toString(), "--out", gold.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        List<String> lines = Files.readAllLines(gold);
        assertThat(lines).hasSize(3);
        String all = String.join("\n", lines);
        assertThat(all).doesNotContain("reviewer@example.org").doesNotContain("Reviewer").doesNotContain("unmoderated");
        JsonNode wrong = ApiClient.MAPPER.readTree(lines.stream().filter(l -> l.contains("\"wrong\"")).findFirst()
                .orElseThrow());
        assertThat(wrong.get("gold").isNull()).isTrue();
        JsonNode fix = ApiClient.MAPPER.readTree(lines.stream().filter(l -> l.contains("fix code=190")).findFirst()
                .orElseThrow());
        assertThat(fix.at("/gold/cameo").asText()).isEqualTo("190");
        assertThat(fix.at("/text").asText()).contains(fix.at("/trigger/text").asText());

        Result eval = run("eval", "gold", gold.toString());
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("gold events: 3").contains("correct 1/1").contains("wrong 0/1")
                .contains("fix 0/1");
    }

    private static Replies.Submission sub(String report, Verdict v) {
        return new Replies.Submission("event", report, "Reviewer", "reviewer@example.org", null, "verdict", v);
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
