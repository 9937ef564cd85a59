package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputKindTest {

    @Test
    void decidesByExtensionLookingThroughGzip() {
        assertThat(InputKind.byName("news/2024-01-24-a.txt")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.byName("page.HTM")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.byName("page.html.gz")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.byName("feed.rss")).isEqualTo(InputKind.FEED);
        assertThat(InputKind.byName("batch.ndjson")).isEqualTo(InputKind.JSON_LINES);
        assertThat(InputKind.byName("photo.png")).isNull();
        assertThat(InputKind.byName("README")).isNull();
    }

    @Test
    void decidesByContentType() {
        assertThat(InputKind.byContentType("application/rss+xml; charset=utf-8")).isEqualTo(InputKind.FEED);
        assertThat(InputKind.byContentType("application/atom+xml")).isEqualTo(InputKind.FEED);
        assertThat(InputKind.byContentType("application/xhtml+xml")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.byContentType("text/html")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.byContentType("text/plain")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.byContentType("application/octet-stream")).isNull();
        assertThat(InputKind.byContentType(null)).isNull();
    }

    @Test
    void sniffsContent() {
        assertThat(InputKind.sniff(bytes("{\"id\":\"1\"}"))).isEqualTo(InputKind.JSON_LINES);
        assertThat(InputKind.sniff(bytes("<?xml version='1.0'?>\n<rss version='2.0'>"))).isEqualTo(InputKind.FEED);
        assertThat(InputKind.sniff(bytes("\ufeff<!DOCTYPE html><html>"))).isEqualTo(InputKind.HTML);
        assertThat(InputKind.sniff(bytes("Plain words only."))).isEqualTo(InputKind.TEXT);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
