package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Example Wire</title>
                <item>
                  <title>Ministers meet in Ankara</title>
                  <link>https://example.com/a</link>
                  <pubDate>Wed, 24 Jan 2024 09:30:00 GMT</pubDate>
                  <dc:creator>Ayse Demir</dc:creator>
                  <description>Short&nbsp;summary.</description>
                  <content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded>
                </item>
                <item>
                  <title>No link here</title>
                  <guid isPermaLink="false">tag:example.com,2024:2</guid>
                  <description>Second.</description>
                </item>
              </channel>
            </rss>
            """;

    private final FeedParser parser = new FeedParser();

    @Test
    void readsRssItems() throws Exception {
        Feed feed = parser.parse(RSS);

        assertThat(feed.title()).isEqualTo("Example Wire");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.id()).isEqualTo("https://example.com/a");
        assertThat(first.date()).isEqualTo("Wed, 24 Jan 2024 09:30:00 GMT");
        assertThat(first.author()).isEqualTo("Ayse Demir");
        assertThat(first.content()).isEqualTo("<p>Full text.</p>");
        assertThat(feed.items().get(1).id()).isEqualTo("tag:example.com,2024:2");
    }

    @Test
    void readsAtomEntries() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
                  <entry><title>Entry</title><id>urn:1</id>
                    <link rel="self" href="https://example.com/self"/>
                    <link rel="alternate" href="https://example.com/entry"/>
                    <published>2024-01-24T10:00:00Z</published><author><name>B. Writer</name></author>
                    <summary>Summary text.</summary></entry>
                </feed>""";

        Feed feed = parser.parse(atom);

        assertThat(feed.title()).isEqualTo("Atom Wire");
        assertThat(feed.items()).singleElement().satisfies(entry -> {
            assertThat(entry.link()).isEqualTo("https://example.com/entry");
            assertThat(entry.date()).isEqualTo("2024-01-24T10:00:00Z");
            assertThat(entry.author()).isEqualTo("B. Writer");
            assertThat(entry.content()).isEqualTo("Summary text.");
        });
    }

    @Test
    void reportsTruncatedFeedsWithTheLine() {
        String truncated = RSS.substring(0, RSS.indexOf("<item>", RSS.indexOf("</item>")) + 20);

        assertThatThrownBy(() -> parser.parse(truncated)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("not a valid RSS/Atom feed (").hasMessageMatching(".* at line \\d+\\)");
    }

    @Test
    void refusesXmlThatIsNotAFeedAndExternalEntities() {
        assertThatThrownBy(() -> parser.parse("<html><body/></html>"))
                .hasMessage("not a valid RSS/Atom feed (root element <html>)");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&x;</title></item></channel></rss>";
        assertThatThrownBy(() -> parser.parse(xxe)).isInstanceOf(IngestException.class);
    }
}
