package detente.cli;

import detente.analysis.Analysis;
import detente.analysis.TopDyad;
import detente.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

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
        assertThat(table.out()).contains("IRN -- PAK (country, by day): 2 events",
                "...        1 day without events (--format json lists every day)").doesNotContain("2024-01-17");
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

    @Test
    void anUnknownActorIsAnErrorThatSuggestsCloseCodes() {
        CliRunner.Result role = CliRunner.run("actor", "TURGOV", "--data", data);
        assertThat(role.exit()).isEqualTo(1);
        assertThat(role.out()).isEmpty();
        assertThat(role.err()).isEqualTo("detente: no events for actor TURGOV at country level; close codes:"
                + " TUR (2 events); at code level TURGOV has 2 events (--level code)\n");
        CliRunner.Result none = CliRunner.run("dyad", "IRN", "XYZ", "--data", data);
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).startsWith("detente: no events for actor XYZ at country level and no code close to"
                + " it; list the actors with: detente sql");
        assertThat(CliRunner.run("actor", "TURGOV", "--level", "code", "--data", data).exit()).isZero();
    }

    @Test
    void theNetworkShowsAllDatesAndAChangeInTensionNeedsRecentEvents() throws Exception {
        try (Store s = Store.open(Path.of(data)); Statement st = s.connection().createStatement()) {
            st.execute("INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                    + " target_key, target_code, target_country, cameo, base_code, root_code, quad, goldstein,"
                    + " num_mentions, num_sources, num_articles, added_at) VALUES"
                    + " ('e5', 5, 'gdelt', DATE '2023-06-01', 'ISR', 'ISR', 'ISR', 'IRN', 'IRN', 'IRN', '111', '111',"
                    + "  '11', 3, -2, 1, 1, 1, current_timestamp),"
                    + " ('e6', 6, 'gdelt', DATE '2024-01-10', 'IRQ', 'IRQ', 'IRQ', 'IRN', 'IRN', 'IRN', '111', '111',"
                    + "  '11', 3, -2, 1, 1, 1, current_timestamp)");
        }
        CliRunner.Result network = CliRunner.run("network", "--data", data, "--level", "country");
        assertThat(network.exit()).as(network.err()).isZero();
        assertThat(network.out()).contains("\"ISR\"", "\"from\" : \"2023-06-01\"");
        try (Store s = Store.openReadOnly(Path.of(data))) {
            Analysis analysis = new Analysis(s);
            List<TopDyad> byChange = analysis.topDyads(null, null, 10, TopDyad.Order.CHANGE);
            assertThat(byChange).extracting(d -> d.a() + "-" + d.b()).containsExactlyInAnyOrder("IRN-PAK", "IRN-TUR",
                    "PSE-TUR");
            assertThat(analysis.topDyads(null, null, 10, TopDyad.Order.VOLUME))
                    .filteredOn(d -> d.b().equals("IRQ")).singleElement()
                    .satisfies(d -> assertThat(d.tensionChange()).isZero());
        }
    }

    @Test
    void theEventsTableFits120ColumnsUnlessWide() {
        CliRunner.Result table = CliRunner.run("events", "--data", data);
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        String header = table.out().lines().findFirst().orElseThrow();
        assertThat(header).startsWith("id").contains("date", "source_code", "target_code", "cameo")
                .doesNotContain("source_url", "first_article");
        assertThat(table.out()).contains("(4 rows)", "IRNMIL");
        CliRunner.Result wide = CliRunner.run("events", "--data", data, "--wide");
        assertThat(wide.out().lines().findFirst().orElseThrow()).contains("origin", "source_url");
    }
}
