package detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.Detente;
import detente.Dictionaries;
import detente.server.Server;
import detente.server.ServerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While {@code detente serve} holds a store, other {@code detente} processes on the same {@code --data} run their
 * commands in the server: reads are answered at the same time, and an ingest lands where the dashboard sees it.
 * The commands run as real child processes; one that opened the database itself would fail with "in use".
 */
class ServedStoreIT {

    @TempDir
    Path dir;

    @Test
    void commandsOnAServedStoreRunInTheServer() throws Exception {
        Path data = dir.resolve("data");
        Path first = write("2024-01-16-iraq-recalls-envoy.txt", "Iraq recalls its ambassador from Tehran\n\n"
                + "Iraq recalled its ambassador from Tehran on Tuesday after Iranian missiles struck Erbil, the foreign"
                + " ministry in Baghdad said. Iraq also summoned Iran's charge d'affaires to protest the attack.\n");
        Path later = write("2024-01-24-raisi-meets-erdogan.txt", "Raisi and Erdogan meet in Ankara\n\n"
                + "Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday."
                + " Turkey and Iran signed agreements on trade and energy.\n");
        CliRunner.Result setup = CliRunner.run("ingest", "--data", data.toString(), first.toString());
        assertThat(setup.exit()).as(setup.err()).isZero();

        try (Server server = Server.create(c -> {
            c.port = 0;
            c.dataDir = data;
            c.pipeline = () -> Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());
            c.commands = new HostedCommands(data);
        }).start()) {
            assertThat(ServerFile.find(data)).isPresent();
            assertThat(articleIds(server)).containsExactly(first.toString());

            CompletableFuture<Child> ingest = child("ingest", "--data", data.toString(), later.toString());
            List<CompletableFuture<Child>> reads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reads.add(child("sql", "--data", data.toString(), "--format", "tsv",
                        "SELECT count(*) AS n FROM articles WHERE id = '" + first + "'"));
                reads.add(child("events", "--data", data.toString(), "--format", "tsv"));
            }
            for (CompletableFuture<Child> r : reads) {
                Child c = r.get(120, TimeUnit.SECONDS);
                assertThat(c.exit()).as(c.err()).isZero();
                assertThat(c.err()).doesNotContain("in use");
                assertThat(c.out()).satisfiesAnyOf(o -> assertThat(o).contains("IRQ"),
                        o -> assertThat(o.lines()).containsExactly("n", "1"));
            }
            Child in = ingest.get(300, TimeUnit.SECONDS);
            assertThat(in.exit()).as(in.err()).isZero();
            assertThat(in.out()).contains("1 new, 0 duplicate, 0 failed articles");
            // stored with the id a run of its own would give it, and visible to the dashboard's API at once
            assertThat(articleIds(server)).containsExactlyInAnyOrder(first.toString(), later.toString());

            Child serveAgain = child("serve", "--data", data.toString(), "--port", "0").get(60, TimeUnit.SECONDS);
            assertThat(serveAgain.exit()).isEqualTo(1);
            assertThat(serveAgain.err()).contains("is already served on " + server.url());
        }
        assertThat(ServerFile.find(data)).isEmpty();
        Child after = child("sql", "--data", data.toString(), "--format", "tsv", "SELECT count(*) FROM articles")
                .get(60, TimeUnit.SECONDS);
        assertThat(after.out().lines()).last().isEqualTo("2");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> articleIds(Server server) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "/api/articles")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = new ObjectMapper().readTree(r.body());
        List<String> ids = new ArrayList<>();
        body.path("items").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    record Child(int exit, String out, String err) {
    }

    private CompletableFuture<Child> child(String... args) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "detente.cli.Main"));
                cmd.addAll(List.of(args));
                Path out = Files.createTempFile(dir, "out", ".txt");
                Path err = Files.createTempFile(dir, "err", ".txt");
                Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                int exit = p.waitFor();
                return new Child(exit, Files.readString(out), Files.readString(err));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
