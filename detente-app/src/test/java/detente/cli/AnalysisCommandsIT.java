package detente.cli;

import detente.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisCommandsIT {

    @TempDir
    Path dir;

    String data;

    @BeforeEach
    void store() throws Exception {
        data = dir.resolve("data").toString();
        try (Store s = Store.open(Path.of(data)); Statement st = s.connection().createStatement()) {
            st.execute("INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                    + " target_key, target_code, target_country, target_group, cameo, base_code, root_code, quad,"
                    + " goldstein, num_mentions, num_sources, num_articles, added_at) VALUES"
                    + " ('e1', 1, 'gdelt', DATE '2024-01-16', 'IRNMIL', 'IRNMIL', 'IRN', 'PAK', 'PAK', 'PAK', NULL,"
                    + "  '195', '195', '19', 4, -10, 3, 1, 1, current_timestamp),"
                    + " ('e2', 2, 'gdelt', DATE '2024-01-18', 'PAKMIL', 'PAKMIL', 'PAK', 'IRN', 'IRN', 'IRN', NULL,"
                    + "  '195', '195', '19', 4, -10, 2, 1, 1, current_timestamp),"
                    + " ('e3', 3, 'gdelt', DATE '2024-01-24', 'TURGOV', 'TURGOV', 'TUR', 'IRNGOV', 'IRNGOV', 'IRN',"
                    + "  NULL, '040', '040', '04', 1, 1, 2, 1, 1, current_timestamp),"
                    + " ('e4', 4, 'gdelt', DATE '2024-01-24', 'TURGOV', 'TURGOV', 'TUR', 'PSEREBHMS', 'PSEREBHMS',"
                    + "  'PSE', 'HAMAS', '040', '040', '04', 1, 1, 1, 1, 1, current_timestamp)");
        }
    }

    @Test
    void dyadTableAndJson() {
        CliRunner.Result table = CliRunner.run("dyad", "IRN", "PAK", "--data", data, "--by", "day", "--from",
                "2024-01-16", "--to", "2024-01-18");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("IRN -- PAK (country, by day): 2 events", "2024-01-17      0");
        CliRunner.Result directed = CliRunner.run("dyad", "IRN", "PAK", "--data", data, "--directed",
                "--format", "json");
        assertThat(directed.out()).contains("\"eventIds\" : [ \"e1\" ]", "\"period\" : \"2024-01-15\"")
                .doesNotContain("e2");
    }

    @Test
    void alertsActorAndNetwork() throws Exception {
        CliRunner.Result alerts = CliRunner.run("alerts", "--data", data, "--since", "2024-01-01");
        assertThat(alerts.exit()).isZero();
        assertThat(alerts.out()).contains("from", "kind");
        CliRunner.Result actor = CliRunner.run("actor", "IRN", "--data", data);
        assertThat(actor.out()).contains("partners", "TUR", "adversaries", "PAK", "19 ");
        Path graphml = dir.resolve("n.graphml");
        CliRunner.Result network = CliRunner.run("network", "--data", data, "--format", "graphml", "--out",
                graphml.toString());
        assertThat(network.exit()).isZero();
        assertThat(Files.readString(graphml)).contains("<node id=\"HAMAS\">", "<node id=\"TUR\">");
        assertThat(network.err()).contains("4 actors", "3 ties");
        CliRunner.Result gexf = CliRunner.run("network", "--data", data, "--format", "gexf", "--level", "country");
        assertThat(gexf.out()).contains("<node id=\"PSE\"", "</gexf>");
    }

    @Test
    void benchAnalysisOnASmallGeneratedStore() {
        CliRunner.Result r = CliRunner.run("bench", "analysis", "--events", "20000", "--runs", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("generated 20,000 events", "dyad timeline", "alerts, last 4 weeks");
    }
}
