package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import detente.doc.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    static final String WIRE = "ANKARA, Jan 24 (Reuters) - Turkey and Iran agreed on Wednesday to expand trade across"
            + " their shared border, the two governments said after a meeting of ministers in Ankara. The agreement,"
            + " signed by the trade ministers of both countries, aims to raise bilateral trade to $30 billion a year,"
            + " officials said, and opens two new border gates. \"We are determined to deepen our economic ties,\""
            + " the Turkish minister told reporters, adding that customs procedures would be simplified. Iran's"
            + " minister said the deal would benefit traders on both sides, and that a joint committee would meet"
            + " again in March to review progress on the new crossings and on energy cooperation.";
    static final String EDITED_COPY = WIRE.replace("ANKARA, Jan 24 (Reuters) - ", "")
            .replace("on Wednesday", "on Wednesday (local time)").replace("told reporters", "told journalists")
            + " Reporting by A. Demir; editing by B. Smith.";
    static final String OTHER_STORY = "GENEVA, Jan 24 (Reuters) - Talks on a ceasefire resumed in Geneva on Wednesday"
            + " after a pause of two weeks, diplomats said, with mediators shuttling between the delegations. The"
            + " envoy said a deal on prisoner exchanges was within reach, though the question of monitors remained"
            + " open and both sides accused each other of violations overnight.";

    private static Article article(String id, String text) {
        return Article.of(id, null, text);
    }

    @Test
    void groupsWireCopiesWithSmallEditsButNotOtherStories() {
        List<DuplicateGroup> groups = new DuplicateDetector().group(List.of(article("a", WIRE),
                article("b", OTHER_STORY), article("c", EDITED_COPY), article("d", WIRE + "  ")));

        assertThat(groups).extracting(DuplicateGroup::groupId).containsExactly("a", "b", "a", "a");
        assertThat(groups).extracting(DuplicateGroup::exactDuplicate).containsExactly(false, false, false, true);
        assertThat(groups.get(3).contentHash()).isEqualTo(groups.get(0).contentHash());
        assertThat(groups.get(2).contentHash()).isNotEqualTo(groups.get(0).contentHash());
    }

    @Test
    void groupIdsAreTheFirstArticleInInputOrder() {
        List<DuplicateGroup> groups = new DuplicateDetector().group(List.of(article("z", EDITED_COPY),
                article("y", OTHER_STORY), article("x", WIRE)));

        assertThat(groups).extracting(DuplicateGroup::groupId).containsExactly("z", "y", "z");
    }

    @Test
    void handlesEmptyAndTinyTexts() {
        List<DuplicateGroup> groups = new DuplicateDetector().group(List.of(article("a", ""), article("b", "Hi"),
                article("c", "")));

        assertThat(groups).extracting(DuplicateGroup::groupId).containsExactly("a", "b", "a");
    }
}
