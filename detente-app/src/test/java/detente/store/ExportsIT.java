package detente.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.output.DocumentJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void fill() throws Exception {
        store = Store.open(dir.resolve("data"));
        DocumentWriter w = new DocumentWriter(store);
        w.write(TestDocuments.report("a.txt", "2024-01-18", "PAKMIL", "IRN", "195", "Paki Iran hits back."));
        w.write(TestDocuments.report("b.txt", "2024-01-19", "PAKMIL", "IRN", "190", "Paki Iran fire again."));
        w.write(TestDocuments.report("c.txt", "2024-01-24", "IRNGOV", "TURGOV", "040", "Iran Turk meet, talk."));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private static List<JsonNode> jsonLines(String text) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void geoJsonHasAPointPerPlacedEventWithItsPlaceAndDatePrecision() throws Exception {
        StringWriter out = new StringWriter();
        // The two Pakistani strikes a day apart are one event; the meeting is another; all are placed in Ankara.
        assertThat(new GeoJsonExport(store).write(out)).isEqualTo(2);
        JsonNode collection = JSON.readTree(out.toString());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode first = collection.get("features").get(0);
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(32.85);
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(39.92);
        JsonNode p = first.get("properties");
        assertThat(p.get("place").asText()).isEqualTo("Ankara");
        assertThat(p.get("place_country").asText()).isEqualTo("TUR");
        assertThat(p.get("place_level").asText()).isEqualTo("city");
        assertThat(p.get("place_precision").asText()).isEqualTo("clause");
        assertThat(p.get("date_precision").asText()).isEqualTo("reported");
        assertThat(p.get("quad_class").asInt()).isEqualTo(4);
        assertThat(p.get("sentence").asText()).isNotBlank();
    }

    @Test
    void gdeltRowsHave61FieldsAndTheCodedValues() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(new GdeltExport(store).write(out, null)).isEqualTo(2);
        String[] rows = out.toString().split("\n");
        assertThat(rows).hasSize(2);
        String[] f = rows[0].split("\t", -1);
        assertThat(f).hasSize(GdeltColumns.COUNT);
        assertThat(f[GdeltColumns.index("SQLDATE")]).isEqualTo("20240118");
        assertThat(f[GdeltColumns.index("Actor1Code")]).isEqualTo("PAKMIL");
        assertThat(f[GdeltColumns.index("Actor1Type1Code")]).isEqualTo("MIL");
        assertThat(f[GdeltColumns.index("Actor2Code")]).isEqualTo("IRN");
        assertThat(f[GdeltColumns.index("EventCode")]).isEqualTo("195");
        assertThat(f[GdeltColumns.index("EventRootCode")]).isEqualTo("19");
        assertThat(f[GdeltColumns.index("NumArticles")]).isEqualTo("2");
        assertThat(f[GdeltColumns.index("SOURCEURL")]).isEqualTo("a.txt");
    }

    @Test
    void roleOnlyActorsExportAsABareRoleAndNeverMerge() throws Exception {
        DocumentWriter w = new DocumentWriter(store);
        w.write(TestDocuments.report("d.txt", "2024-01-25", "---GOV", "IRN", "111", "Offi Iran slam it."));
        w.write(TestDocuments.report("e.txt", "2024-01-25", "---GOV", "IRN", "111", "Offi Iran slam it again."));
        StringWriter out = new StringWriter();
        // Two unnamed officials on one day stay two events.
        assertThat(new GdeltExport(store).write(out, null)).isEqualTo(4);
        String[] row = java.util.Arrays.stream(out.toString().split("\n")).filter(r -> r.contains("\t111\t"))
                .findFirst().orElseThrow().split("\t", -1);
        assertThat(row[GdeltColumns.index("Actor1Code")]).isEqualTo("GOV");
        assertThat(row[GdeltColumns.index("Actor1CountryCode")]).isEmpty();
        assertThat(row[GdeltColumns.index("Actor1Type1Code")]).isEqualTo("GOV");
    }

    @Test
    void ploverObjectsCarryThePloverFields() throws Exception {
        StringWriter out = new StringWriter();
        new PloverExport(store).write(out);
        List<JsonNode> events = jsonLines(out.toString());
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(events.get(0).get("actor_country").asText()).isEqualTo("PAK");
        assertThat(events.get(0).get("recipient_country").asText()).isEqualTo("IRN");
        assertThat(events.get(0).get("event_date").asText()).isEqualTo("2024-01-18");
        assertThat(events.get(0).get("source_text").asText()).isEqualTo("Paki Iran hits back.");
        assertThat(events.get(1).get("event_type").asText()).isEqualTo("CONSULT");
    }

    @Test
    void csvAndParquetReadBackWithTheSameRows() throws Exception {
        Path csv = dir.resolve("events.csv");
        Path parquet = dir.resolve("parquet");
        TableExport export = new TableExport(store);
        export.csv(csv);
        export.parquet(parquet);
        assertThat(Files.readAllLines(csv).get(0)).startsWith("id,global_id,origin,date,");
        try (Statement s = store.connection().createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(num_mentions), min(cameo) FROM read_csv('"
                    + csv + "', header = true)")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
                assertThat(r.getInt(2)).isEqualTo(3);
                assertThat(r.getString(3)).isEqualTo("040");
            }
            assertThat(Files.isDirectory(parquet.resolve("date=2024-01-18"))).isTrue();
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(num_mentions), max(CAST(date AS VARCHAR)) FROM"
                    + " read_parquet('" + parquet + "/*/*.parquet', hive_partitioning = true)")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
                assertThat(r.getInt(2)).isEqualTo(3);
                assertThat(r.getString(3)).isEqualTo("2024-01-24");
            }
        }
    }

    @Test
    void documentsFollowTheAnnotateContract() throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        new DocumentReader(store).documents(d -> {
            try {
                docs.add(JSON.readTree(DocumentJson.line(DocumentJson.document(d))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(docs).hasSize(3);
        JsonNode a = docs.get(0);
        assertThat(a.get("id").asText()).isEqualTo("a.txt");
        assertThat(a.get("text").asText()).isEqualTo("Paki Iran hits back.");
        assertThat(a.get("sentences")).hasSize(1);
        JsonNode e = a.get("events").get(0);
        assertThat(e.get("cameo").asText()).isEqualTo("195");
        assertThat(e.at("/source/code").asText()).isEqualTo("PAKMIL");
        assertThat(e.at("/trigger/start").asInt()).isEqualTo(10);
        assertThat(a.get("quotes")).isEmpty();
    }
}
