package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLd of(String... blocks) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String block : blocks) {
            html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
        }
        return JsonLd.of(Jsoup.parse(html.append("</head></html>").toString()));
    }

    @Test
    void prefersArticleObjectsInsideGraphs() {
        JsonLd jsonLd = of("{\"@type\":\"WebPage\",\"headline\":\"Page\"}",
                "{\"@graph\":[{\"@type\":\"Organization\",\"name\":\"Org\"},"
                        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Story\",\"articleBody\":\"Body.\"}]}");

        assertThat(jsonLd.text("headline")).isEqualTo("Story");
        assertThat(jsonLd.text("articleBody")).isEqualTo("Body.");
    }

    @Test
    void readsNamesFromStringsObjectsAndArrays() {
        assertThat(of("{\"@type\":\"Article\",\"author\":\"A. Writer\"}").name("author")).isEqualTo("A. Writer");
        assertThat(of("{\"@type\":\"Article\",\"author\":[{\"name\":\"A\"},{\"name\":\"B\"},{\"name\":\"A\"}]}")
                .name("author")).isEqualTo("A, B");
        assertThat(of("{\"@type\":\"Article\",\"publisher\":{\"name\":\"Wire\"}}").name("publisher"))
                .isEqualTo("Wire");
    }

    @Test
    void skipsBrokenBlocks() {
        JsonLd jsonLd = of("{not json", "{\"@type\":\"BlogPosting\",\"datePublished\":\"2024-01-24\"}");

        assertThat(jsonLd.text("datePublished")).isEqualTo("2024-01-24");
        assertThat(jsonLd.text("missing")).isNull();
    }
}
