package detente.store;

import detente.doc.Document;
import detente.doc.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentWriterIT {

    @TempDir
    Path dir;

    static long count(Store store, String sql) throws Exception {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void writingTheSameTextTwiceAddsNothing() throws Exception {
        try (Store store = Store.open(dir)) {
            DocumentWriter w = new DocumentWriter(store);
            Document d = TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195", "Paki Iran hits back.");
            assertThat(w.write(d).added()).isTrue();
            assertThat(w.write(d).added()).isFalse();
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM event_mentions")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(1);
        }
    }

    @Test
    void reportsOfOneEventFromSeveralArticlesAreStoredOnceWithCounts() throws Exception {
        try (Store store = Store.open(dir)) {
            DocumentWriter w = new DocumentWriter(store);
            w.write(TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195", "Paki Iran hits back."));
            w.write(TestDocuments.report("b.txt", "2024-01-19", "PAKMIL", "IRN", "190", "Paki Iran fire again."));
            w.write(TestDocuments.report("c.txt", "2024-01-25", "PAKMIL", "IRN", "195", "Paki Iran hits anew."));
            w.write(TestDocuments.report("d.txt", "2024-01-18", "IRNMIL", "PAK", "195", "Iran Paki hits back."));
            assertThat(count(store, "SELECT count(*) FROM event_mentions")).isEqualTo(4);
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(3);
            try (Statement s = store.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT num_mentions, num_sources, num_articles, cameo FROM events"
                         + " ORDER BY global_id LIMIT 1")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
                assertThat(r.getInt(2)).isEqualTo(2);
                assertThat(r.getInt(3)).isEqualTo(2);
                assertThat(r.getString(4)).isEqualTo("195");
            }
        }
    }

    @Test
    void aFailingArticleLeavesNoRowsAndKeepsWhatWasStored() throws Exception {
        try (Store store = Store.open(dir)) {
            DocumentWriter w = new DocumentWriter(store);
            w.write(TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195", "Paki Iran hits back."));
            Document good = TestDocuments.report("b.txt", "2024-01-18", "USAGOV", "CHN", "040", "USA  China talk ok.");
            Event e = good.events().get(0);
            Event broken = new Event(e.id() + "x", e.article(), e.date(), e.source(), e.target(), e.cameo(),
                    e.root(), e.quad(), e.goldstein(), e.plover(), e.sentence(), e.text(), e.trigger(), null,
                    e.confidence(), null, null, null);
            Document bad = good.withEvents(List.of(e, broken));
            assertThatThrownBy(() -> w.write(bad)).isInstanceOf(java.sql.SQLException.class);
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM sentences")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM event_mentions")).isEqualTo(1);
            assertThat(w.write(good).added()).isTrue();
        }
    }
}
