package detente.watch;

import detente.ingest.SourceFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceListTest {

    @TempDir
    Path dir;

    static final String OPML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0">
              <head><title>My subscriptions</title></head>
              <body>
                <outline text="Middle East" title="Middle East">
                  <outline type="rss" text="Regional desk" title="Regional desk" xmlUrl="https://news.example.org/mideast/rss.xml" htmlUrl="https://news.example.org/mideast"/>
                  <outline type="rss" text="Wire &amp; briefs" xmlUrl="https://wire.example.net/feed.atom"/>
                </outline>
                <outline type="rss" text="Duplicate" xmlUrl="https://wire.example.net/feed.atom"/>
                <outline text="A folder without feeds"/>
              </body>
            </opml>
            """;

    @Test
    void opmlAsFeedReadersExportItNestedFoldersAndAll() throws Exception {
        Path file = Files.writeString(dir.resolve("subs.opml"), OPML);
        SourceList list = SourceList.read(file);
        assertThat(list.sources()).extracting(WatchedSource::name, WatchedSource::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Regional desk", "https://news.example.org/mideast/rss.xml"),
                org.assertj.core.groups.Tuple.tuple("Wire & briefs", "https://wire.example.net/feed.atom"));
        assertThat(list.sources()).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SourceFetcher.Kind.FEED);
            assertThat(s.interval()).isEqualTo(SourceList.DEFAULT_INTERVAL);
        });
        // export and read back: the same sources
        Path back = Files.writeString(dir.resolve("back.opml"), list.toOpml("mine"));
        assertThat(SourceList.read(back).sources()).isEqualTo(list.sources());
        assertThat(Files.readString(back)).contains("title=\"Wire &amp; briefs\"");
    }

    @Test
    void yamlWithFeedsSitemapsPageListsIntervalsAndAlerts() throws Exception {
        Path file = Files.writeString(dir.resolve("sources.yaml"), """
                defaults:
                  interval: 15m
                  min_delay: 3s
                sources:
                  - name: Regional desk
                    url: https://news.example.org/mideast/rss.xml
                    interval: 5m
                  - name: Ministry sitemap
                    url: https://mfa.example.gov/sitemap.xml
                    kind: sitemap
                    interval: 1h
                  - name: Briefings
                    pages:
                      - https://un.example.int/briefing/2024-01-17
                      - https://un.example.int/briefing/2024-01-18
                alerts:
                  webhook: https://chat.example.com/hooks/abc
                  tension_change: 20
                  dyads: [[irn, PAK]]
                  mute: [[USA, CHN]]
                  email:
                    host: 127.0.0.1
                    port: 2525
                    from: detente@example.org
                    to: [desk@example.org]
                """);
        SourceList list = SourceList.read(file);
        assertThat(list.minDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(list.sources()).extracting(WatchedSource::interval).containsExactly(Duration.ofMinutes(5),
                Duration.ofHours(1), Duration.ofMinutes(15));
        assertThat(list.sources().get(0).kind()).isNull();
        assertThat(list.sources().get(1).kind()).isEqualTo(SourceFetcher.Kind.SITEMAP);
        assertThat(list.sources().get(2).key()).isEqualTo("pages:Briefings");
        assertThat(list.sources().get(2).pages()).hasSize(2);
        assertThat(list.alerts().dyads()).containsExactly(List.of("IRN", "PAK"));
        assertThat(list.alerts().mute()).containsExactly(List.of("CHN", "USA"));
        assertThat(list.alerts().tensionChange()).isEqualTo(20);
        assertThat(list.alerts().smtp().port()).isEqualTo(2525);
    }

    @Test
    void aBadFileIsOneLineNamingTheFileAndTheReason() throws Exception {
        Path unknownKey = Files.writeString(dir.resolve("a.yaml"), "sources:\n  - url: https://x.example/rss\n    every: 5m\n");
        assertThatThrownBy(() -> SourceList.read(unknownKey)).isInstanceOf(SourceListException.class)
                .hasMessageStartingWith(unknownKey + ": not a sources file").hasMessageContaining("every");
        Path notUrl = Files.writeString(dir.resolve("b.yaml"), "sources:\n  - url: ftp://x.example/rss\n");
        assertThatThrownBy(() -> SourceList.read(notUrl)).hasMessage(notUrl + ": not an http(s) URL: ftp://x.example/rss");
        Path tooFast = Files.writeString(dir.resolve("c.yaml"), "sources:\n  - url: https://x.example/rss\n    interval: 10ms\n");
        assertThatThrownBy(() -> SourceList.read(tooFast)).hasMessageContaining("shorter than 1 s");
        Path empty = Files.writeString(dir.resolve("d.opml"), "<opml><body><outline text=\"x\"/></body></opml>");
        assertThatThrownBy(() -> SourceList.read(empty)).hasMessage(empty + ": no feeds (no <outline> with an xmlUrl)");
    }
}
