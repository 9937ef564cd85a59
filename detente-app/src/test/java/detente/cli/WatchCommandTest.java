package detente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of {@code detente watch} that need no network and no NLP: OPML export and a bad sources file. */
class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheSourcesAsOpmlForAFeedReader() throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.yaml"), """
                sources:
                  - name: Regional desk
                    url: https://news.example.org/mideast/rss.xml
                  - name: Ministry sitemap
                    url: https://mfa.example.gov/sitemap.xml
                    kind: sitemap
                  - name: Hand-picked
                    pages: [https://un.example.int/briefing/2024-01-17]
                """);
        Path opml = dir.resolve("feeds.opml");
        CliRunner.Result r = CliRunner.run("watch", "--export-opml", opml.toString(), sources.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("wrote 2 sources to " + opml);
        assertThat(Files.readString(opml))
                .contains("<outline type=\"rss\" text=\"Regional desk\" title=\"Regional desk\""
                        + " xmlUrl=\"https://news.example.org/mideast/rss.xml\"/>")
                .contains("type=\"sitemap\"").doesNotContain("Hand-picked");
    }

    @Test
    void aBadSourcesFileIsOneLineAndNoStore() throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - url: https://x.example/rss\n"
                + "    interval: soon\n");
        CliRunner.Result r = CliRunner.run("watch", "--data", dir.resolve("data").toString(), sources.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("detente: " + sources + ": not a duration: soon (say 90s, 15m, 2h)");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
