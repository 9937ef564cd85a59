package detente.watch;

import detente.ingest.SourceEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemKeyTest {

    @Test
    void theSameArticleUnderTrackingParametersSchemeAndCaseIsOneKey() {
        String plain = ItemKey.link("https://www.example.org/world/2024/01/17/pakistan-recalls-envoy");
        assertThat(ItemKey.link("http://WWW.Example.org/world/2024/01/17/pakistan-recalls-envoy/?utm_source=rss"
                + "&utm_medium=feed#comments")).isEqualTo(plain);
        assertThat(ItemKey.link("https://www.example.org:443/world/2024/01/17/pakistan-recalls-envoy?fbclid=x"))
                .isEqualTo(plain);
        // a query that names the article is kept
        assertThat(ItemKey.link("https://example.org/story.php?id=4411&utm_campaign=x"))
                .isEqualTo("//example.org/story.php?id=4411")
                .isNotEqualTo(ItemKey.link("https://example.org/story.php?id=4412"));
    }

    @Test
    void aGuidCountsOnlyWhenItIsUniqueInPractice() {
        SourceEntry tagged = new SourceEntry("https://a.example/x", "tag:a.example,2024:4411", null, null, null, null, null);
        assertThat(ItemKey.of(tagged)).containsExactly("//a.example/x", "guid:tag:a.example,2024:4411");
        SourceEntry shortGuid = new SourceEntry("https://a.example/x", "4411", null, null, null, null, null);
        assertThat(ItemKey.of(shortGuid)).containsExactly("//a.example/x");
        SourceEntry permalink = new SourceEntry(null, "https://a.example/x?utm_source=a", null, null, null, null, null);
        assertThat(ItemKey.of(permalink)).containsExactly("//a.example/x");
    }
}
