package detente.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.output.DocumentJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the stored events that have a place as a GeoJSON FeatureCollection (RFC 7946), for QGIS and other GIS
 * tools: one Point feature per event at its place's coordinates, with the event's code, QuadClass, actors, date
 * and its precision, the place's name, country, level and precision, and the sentence of its first report.
 */
public final class GeoJsonExport {

    private final Connection c;

    public GeoJsonExport(Store store) {
        this.c = store.connection();
    }

    /** Writes the collection; returns how many events it holds. */
    public long write(Writer out) throws SQLException {
        String sql = StoredEvents.withFirstSentence("e.place_lat IS NOT NULL");
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            while (r.next()) {
                ObjectNode feature = DocumentJson.mapper().createObjectNode();
                feature.put("type", "Feature");
                ObjectNode geometry = feature.putObject("geometry");
                geometry.put("type", "Point");
                ArrayNode coordinates = geometry.putArray("coordinates");
                coordinates.add(r.getDouble("place_lon"));
                coordinates.add(r.getDouble("place_lat"));
                ObjectNode p = feature.putObject("properties");
                p.put("id", r.getString("id"));
                p.put("date", r.getString("date"));
                p.put("date_precision", r.getString("date_precision"));
                p.put("cameo", r.getString("cameo"));
                p.put("root_code", r.getString("root_code"));
                p.put("quad_class", r.getInt("quad"));
                p.put("goldstein", r.getDouble("goldstein"));
                p.put("source_code", r.getString("source_code"));
                p.put("source_name", r.getString("source_name"));
                p.put("target_code", r.getString("target_code"));
                p.put("target_name", r.getString("target_name"));
                String name = r.getString("place_name");
                p.put("place", name != null ? name : r.getString("place"));
                p.put("place_country", r.getString("place_country"));
                p.put("place_admin1", r.getString("place_admin1"));
                p.put("place_level", r.getString("place_level"));
                p.put("place_precision", r.getString("place_precision"));
                p.put("num_mentions", r.getInt("num_mentions"));
                p.put("num_articles", r.getInt("num_articles"));
                p.put("first_article", r.getString("first_article"));
                p.put("sentence", r.getString("sentence_text"));
                out.write(n == 0 ? "" : ",\n");
                out.write(DocumentJson.line(feature));
                n++;
            }
            out.write("\n]}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
