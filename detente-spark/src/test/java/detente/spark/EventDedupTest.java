package detente.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDedupTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 2, 1, 12, 0);

    /** A report in article {@code seq} with the mention columns the rule and the event row read. */
    private static Report report(long seq, int idx, String source, String target, String cameo, String date,
                                 String place, String outlet) {
        Object[] v = new Object[Tables.EVENT_MENTIONS.length()];
        v[Tables.EVENT_MENTIONS.fieldIndex("id")] = "m" + seq + "-" + idx;
        v[Tables.EVENT_MENTIONS.fieldIndex("article_id")] = "a" + seq;
        v[Tables.EVENT_MENTIONS.fieldIndex("date")] = date == null ? null : LocalDate.parse(date);
        v[Tables.EVENT_MENTIONS.fieldIndex("cameo")] = cameo;
        v[Tables.EVENT_MENTIONS.fieldIndex("root_code")] = cameo.substring(0, 2);
        v[Tables.EVENT_MENTIONS.fieldIndex("source_code")] = source;
        v[Tables.EVENT_MENTIONS.fieldIndex("target_code")] = target;
        v[Tables.EVENT_MENTIONS.fieldIndex("place")] = place;
        return new Report(seq, idx, source, target, cameo.substring(0, 2), outlet, RowFactory.create(v));
    }

    private static Object event(EventDedup.Merged m, int i, String column) {
        return m.events().get(i).event().get(Tables.EVENTS.fieldIndex(column));
    }

    @Test
    void adjacentDaysAndCompatibleCodesMergeAndCountLikeGdelt() {
        EventDedup.Merged m = EventDedup.merge(List.of(
                report(2, 0, "PAKMIL", "IRN", "190", "2024-01-19", null, "wire"),
                report(1, 0, "PAKMIL", "IRN", "195", "2024-01-18", null, "paper"),
                report(3, 0, "PAKMIL", "IRN", "195", "2024-01-21", null, "paper")), NOW);
        assertThat(m.events()).hasSize(2);
        assertThat(event(m, 0, "id")).isEqualTo("m1-0");
        assertThat(event(m, 0, "cameo")).isEqualTo("195");
        assertThat(event(m, 0, "num_mentions")).isEqualTo(2);
        assertThat(event(m, 0, "num_articles")).isEqualTo(2);
        assertThat(event(m, 0, "num_sources")).isEqualTo(2);
        assertThat(m.mentions()).extracting(r -> r.getString(Tables.EVENT_MENTIONS.fieldIndex("event_id")))
                .containsExactly("m1-0", "m1-0", "m3-0");
    }

    @Test
    void aMissingPlaceIsFilledAfterTheArticleAndThenSeparatesDifferentPlaces() {
        EventDedup.Merged m = EventDedup.merge(List.of(
                report(1, 0, "USA", "YEM", "190", "2024-01-12", null, "a"),
                report(2, 0, "USA", "YEM", "190", "2024-01-12", "Sanaa", "b"),
                report(3, 0, "USA", "YEM", "190", "2024-01-12", "Hodeidah", "c")), NOW);
        assertThat(m.events()).hasSize(2);
        assertThat(event(m, 0, "place")).isEqualTo("Sanaa");
        assertThat(event(m, 1, "place")).isEqualTo("Hodeidah");
    }

    @Test
    void undatedReportsOnlyMatchUndatedEvents() {
        EventDedup.Merged m = EventDedup.merge(List.of(
                report(1, 0, "IRN", "TUR", "040", null, null, "a"),
                report(2, 0, "IRN", "TUR", "040", "2024-01-24", null, "b"),
                report(3, 0, "IRN", "TUR", "043", null, null, "c")), NOW);
        assertThat(m.events()).hasSize(2);
        assertThat(event(m, 0, "num_mentions")).isEqualTo(2);
        Row second = m.events().get(1).event();
        assertThat(second.get(Tables.EVENTS.fieldIndex("date"))).isEqualTo(LocalDate.of(2024, 1, 24));
    }
}
