package detente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventQueryIT {

    @TempDir
    Path dir;

    private static List<String> run(Store store, EventQuery q) throws Exception {
        EventQuery.Sql sql = q.toSql();
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                p.setObject(i + 1, sql.parameters().get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString("source_code") + ">" + r.getString("target_code") + ":" + r.getString("cameo"));
                }
            }
        }
        return out;
    }

    @Test
    void filtersByActorDyadDatesCodeAndLimit() throws Exception {
        try (Store store = Store.open(dir)) {
            DocumentWriter w = new DocumentWriter(store);
            w.write(TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195", "Paki Iran hits back."));
            w.write(TestDocuments.report("b.txt", "2024-01-24", "IRNGOV", "TURGOV", "040", "Iran Turk meet, talk."));
            w.write(TestDocuments.report("c.txt", "2024-01-25", "USAGOV", "CHN", "112", "USA  China blame it.",
                    "model:r1-test"));
            assertThat(run(store, new EventQuery("IRN", null, null, null, null, null, 0)))
                    .containsExactly("PAKMIL>IRN:195", "IRNGOV>TURGOV:040");
            assertThat(run(store, new EventQuery(null, "TUR", "IRN", null, null, null, 0)))
                    .containsExactly("IRNGOV>TURGOV:040");
            assertThat(run(store, new EventQuery(null, null, null, LocalDate.of(2024, 1, 20),
                    LocalDate.of(2024, 1, 24), null, 0))).containsExactly("IRNGOV>TURGOV:040");
            assertThat(run(store, new EventQuery(null, null, null, null, null, "19", 0)))
                    .containsExactly("PAKMIL>IRN:195");
            assertThat(run(store, new EventQuery(null, null, null, null, null, null, 2))).hasSize(2);
            assertThat(run(store, new EventQuery(null, null, null, null, null, null, 0, "model")))
                    .containsExactly("USAGOV>CHN:112");
            assertThat(run(store, new EventQuery(null, null, null, null, null, null, 0, "patterns")))
                    .containsExactly("PAKMIL>IRN:195", "IRNGOV>TURGOV:040");
            assertThatThrownBy(() -> new EventQuery(null, null, null, null, null, null, 0, "wordnet"))
                    .hasMessage("reading 'wordnet': patterns or model");
        }
    }
}
