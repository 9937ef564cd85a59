package detente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParquetAttachIT {

    private static final String EVENTS = "SELECT id || ' ' || global_id || ' ' || date || ' ' || source_key || ' '"
            + " || target_key || ' ' || cameo || ' ' || num_mentions FROM events ORDER BY global_id";

    @TempDir
    Path dir;

    @Test
    void anExportAttachedToANewStoreReadsLikeTheOriginal() throws Exception {
        Path export = dir.resolve("export");
        List<String> expected;
        try (Store store = Store.open(dir.resolve("data"))) {
            DocumentWriter w = new DocumentWriter(store);
            w.write(TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195", "Paki Iran hits back."));
            w.write(TestDocuments.report("b.txt", "2024-01-19", "PAKMIL", "IRN", "190", "Paki Iran fire again."));
            w.write(TestDocuments.report("c.txt", "2024-01-24", "IRNGOV", "TURGOV", "040", "Iran Turk meet, talk."));
            new TableExport(store).parquet(export);
            expected = rows(store, EVENTS);
        }
        try (Store attached = Store.open(dir.resolve("attached"))) {
            assertThat(new ParquetAttach(attached).attach(export)).containsExactly("events");
            assertThat(rows(attached, EVENTS)).isEqualTo(expected).hasSize(2);
            assertThat(new ParquetAttach(attached).attach(export)).containsExactly("events"); // re-attach
        }
        try (Store readOnly = Store.openReadOnly(dir.resolve("attached"))) {
            assertThat(rows(readOnly, "SELECT count(*) FROM events WHERE date >= DATE '2024-01-20'"))
                    .containsExactly("1");
        }
        try (Store sealed = Store.openReadOnly(dir.resolve("attached"))) {
            ReadOnlyQuery.seal(sealed.connection());
            assertThat(rows(sealed, "SELECT count(*) FROM events")).as("attached views stay readable when sealed")
                    .containsExactly("2");
        }
    }

    @Test
    void refusesToHideIngestedRows() throws Exception {
        Path export = dir.resolve("export");
        try (Store store = Store.open(dir.resolve("data"))) {
            new DocumentWriter(store).write(TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195",
                    "Paki Iran hits back."));
            new TableExport(store).parquet(export);
            assertThatThrownBy(() -> new ParquetAttach(store).attach(export)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("events holds 1 ingested rows");
            assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("1");
        }
    }

    private static List<String> rows(Store store, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
