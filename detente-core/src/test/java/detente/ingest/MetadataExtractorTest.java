package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private HtmlMetadata extract(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    @Test
    void readsOpenGraphJsonLdGraphAndCanonicalUrl() {
        HtmlMetadata metadata = extract(Fixtures.text("news-page.html"), null);

        assertThat(metadata.title()).isEqualTo("Turkey and Iran agree to expand border trade");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(metadata.source()).isEqualTo("Example Times");
        assertThat(metadata.author()).isEqualTo("Ayse Demir");
        assertThat(metadata.url()).isEqualTo("https://news.example.com/world/2024/01/24/turkey-iran-trade");
        assertThat(metadata.language()).isEqualTo("en-GB");
    }

    @Test
    void fallsBackToTitleWithoutSiteSuffixH1AndMetaTags() {
        String html = "<html><head><title>Talks resume in Geneva | The Daily Planet</title>"
                + "<meta name='parsely-pub-date' content='2023-11-05T10:00:00Z'>"
                + "<meta property='og:locale' content='fr_FR'></head><body>"
                + "<a rel='author' href='/a'>Jean Martin</a></body></html>";

        HtmlMetadata metadata = extract(html, "https://www.planet.example/news/talks");

        assertThat(metadata.title()).isEqualTo("Talks resume in Geneva");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(metadata.author()).isEqualTo("Jean Martin");
        assertThat(metadata.language()).isEqualTo("fr-FR");
        assertThat(metadata.source()).isNull();
    }

    @Test
    void readsDatesFromTimeElementsMetaTagsAndUrls() {
        assertThat(extract("<time datetime='2022-03-01T08:00:00+01:00'>1 March</time>", null).date())
                .isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(extract("<meta name='DC.date.issued' content='2021-07-04'>", null).date())
                .isEqualTo(LocalDate.of(2021, 7, 4));
        assertThat(extract("<meta name='sailthru.date' content='2020-02-29 12:00:00'>", null).date())
                .isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(extract("<p>x</p>", "https://e.com/2019/12/31/story").date()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void prefersH1WhenThereIsNoOpenGraphTitle() {
        HtmlMetadata metadata = extract("<title>Site - Section - Page</title><h1>Real headline</h1>", null);

        assertThat(metadata.title()).isEqualTo("Real headline");
    }

    @Test
    void readsJsonLdAuthorArraysAndPublisher() {
        String html = "<script type='application/ld+json'>[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-01\","
                + "\"author\":[{\"name\":\"A. One\"},{\"name\":\"B. Two\"}],\"publisher\":{\"name\":\"Wire\"}}]"
                + "</script><script type='application/ld+json'>{broken</script>";

        HtmlMetadata metadata = extract(html, null);

        assertThat(metadata.author()).isEqualTo("A. One, B. Two");
        assertThat(metadata.source()).isEqualTo("Wire");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void stripsOnlyShortSiteSuffixes() {
        assertThat(MetadataExtractor.stripSiteSuffix("Talks resume - BBC News", null)).isEqualTo("Talks resume");
        assertThat(MetadataExtractor.stripSiteSuffix("Iran - Turkey relations warm after a long winter", null))
                .isEqualTo("Iran - Turkey relations warm after a long winter");
        assertThat(MetadataExtractor.stripSiteSuffix("No separator", null)).isEqualTo("No separator");
    }
}
