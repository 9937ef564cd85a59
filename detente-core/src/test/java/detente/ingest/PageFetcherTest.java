package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private LocalHttpServer server;
    private final PageFetcher fetcher = new PageFetcher(Duration.ofMillis(800), 64 * 1024);

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttpServer()
                .page("/story", "text/html; charset=utf-8", "<p>Story</p>")
                .redirect("/old", "/story")
                .status("/missing", 404)
                .slow("/slow", 3000)
                .bytes("/big", "text/html", new byte[128 * 1024])
                .endless("/stream", 1024 * 1024);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesWithADescriptiveUserAgent() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/story"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Story</p>");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(server.userAgents).containsExactly("detente/0.1 (+news event coder)");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/old"));

        assertThat(page.url()).isEqualTo(server.url("/story"));
    }

    @Test
    void reportsHttpErrors() {
        assertThatThrownBy(() -> fetcher.fetch(server.url("/missing"))).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("HTTP 404");
    }

    @Test
    void givesUpAfterTheTimeout() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/slow"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("timed out after 800 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void refusesBodiesOverTheCapWhetherDeclaredOrStreamed() {
        assertThatThrownBy(() -> fetcher.fetch(server.url("/big"))).hasMessageStartingWith("too large: more than 64 KB");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/stream"))).hasMessageStartingWith("too large");
    }

    @Test
    void reportsUnreachableHosts() {
        String closedPort = "http://127.0.0.1:1/nothing";
        assertThatThrownBy(() -> fetcher.fetch(closedPort)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("unreachable");
    }

    @Test
    void recognisesUrls() {
        assertThat(PageFetcher.isUrl("https://example.com/a")).isTrue();
        assertThat(PageFetcher.isUrl("HTTP://example.com")).isTrue();
        assertThat(PageFetcher.isUrl("news/2024-01-24.txt")).isFalse();
    }

    @Test
    void refusesWhatIsNotAnHttpUrlWithAHost() {
        for (String url : new String[] {"file:///etc/passwd", "ftp://example.com/a", "http:///no-host", "jar:x!/y"}) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOfSatisfying(IngestException.class,
                    e -> assertThat(e.refused()).isTrue()).hasMessage("not an http:// or https:// URL");
        }
    }

    @Test
    void aFetcherForOthersUrlsRefusesThisMachineBeforeConnecting() {
        PageFetcher guarded = PageFetcher.publicHostsOnly(Duration.ofMillis(800), 64 * 1024);

        assertThatThrownBy(() -> guarded.fetch(server.url("/story"))).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.refused()).isTrue()).hasMessage("127.0.0.1 is not a public host (127.0.0.1)");
        assertThatThrownBy(() -> guarded.fetch(server.url("/story").replace("127.0.0.1", "localhost")))
                .hasMessageStartingWith("localhost is not a public host");
        assertThatThrownBy(() -> guarded.fetch("http://[::1]/")).hasMessageContaining("not a public host");
        assertThat(server.userAgents).isEmpty();
    }

    @Test
    void aFetcherLimitedToSomeHostsFollowsNoRedirect() throws Exception {
        PageFetcher loopbackOnly = new PageFetcher(Duration.ofMillis(800), 64 * 1024, InetAddress::isLoopbackAddress);

        assertThat(loopbackOnly.fetch(server.url("/story")).body()).isNotEmpty();
        assertThatThrownBy(() -> loopbackOnly.fetch(server.url("/old"))).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.refused()).isFalse()).hasMessage("HTTP 302 redirect not followed");
        assertThat(server.userAgents).hasSize(2);
    }

    @Test
    void aGuardedFetchConnectsToTheAddressItCheckedWithoutAskingDnsAgain() throws Exception {
        // A rebinding name: the first answer passes the check, every later one points elsewhere.
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        PageFetcher.Resolver rebinding = host -> new InetAddress[] {InetAddress.getByName(
                lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.0.0.1")};
        PageFetcher guarded = new PageFetcher(Duration.ofSeconds(10), 64 * 1024, InetAddress::isLoopbackAddress,
                rebinding);

        FetchedPage page = guarded.fetch(server.url("/story").replace("127.0.0.1", "rebind.test"));

        assertThat(page.body()).isNotEmpty();
        assertThat(lookups).hasValue(1);
        assertThat(server.userAgents).containsExactly(IngestOptions.USER_AGENT);
    }

    @Test
    void aGuardedFetchKeepsItsLimits() {
        PageFetcher guarded = new PageFetcher(Duration.ofMillis(800), 64 * 1024, InetAddress::isLoopbackAddress);

        assertThatThrownBy(() -> guarded.fetch(server.url("/big"))).hasMessageStartingWith("too large");
        assertThatThrownBy(() -> guarded.fetch(server.url("/stream"))).hasMessageStartingWith("too large");
        assertThatThrownBy(() -> guarded.fetch(server.url("/slow"))).hasMessageContaining("timed out after 800 ms");
        assertThatThrownBy(() -> guarded.fetch("http://127.0.0.1:1/nothing")).hasMessageStartingWith("unreachable");
    }

    @Test
    void tellsPublicAddressesFromThisMachineAndPrivateNetworks() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                "169.254.169.254", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
                "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                // found missing by reading the code: shared/CGNAT (and the metadata address in it), NAT64, 6to4,
                // IPv4-compatible, "this network", benchmarking, reserved, broadcast, documentation, Teredo
                "100.64.0.1", "100.100.100.200", "100.127.255.254", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
                "2002:7f00:1::1", "2002:c0a8:101::1", "::127.0.0.1", "::10.0.0.1", "0.1.2.3", "0.255.255.255",
                "198.18.0.1", "198.19.255.255", "240.0.0.1", "250.1.2.3", "255.255.255.255", "192.0.0.170",
                "192.0.2.10", "203.0.113.5", "2001:db8::1", "2001:0:4136:e378::1", "fec0::1", "100::1"}) {
            assertThat(PageFetcher.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : new String[] {"8.8.8.8", "93.184.216.34", "172.32.0.1", "2001:4860:4860::8888",
                "2a00:1450:4001::1", "100.63.255.255", "100.128.0.1", "198.20.0.1", "223.255.255.254",
                "2003::1", "64:ff9c::1"}) {
            assertThat(PageFetcher.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }
}
