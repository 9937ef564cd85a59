package detente.store;

import detente.doc.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes stored events as GDELT 2.0 event export rows: 61 tab-separated fields, no header, ordered by
 * GLOBALEVENTID. Imported rows are written from their original fields (with the current mention counts);
 * coded rows are mapped field by field (see {@code docs/store.md}); fields detente does not produce
 * (ethnicity, religion, tone, coordinates) are empty, 0 for the geo types and tone.
 */
public final class GdeltExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Connection c;

    public GdeltExport(Store store) {
        this.c = store.connection();
    }

    /** Writes every event (or those of one origin when {@code origin} is not null); returns the row count. */
    public long write(Writer out, String origin) throws SQLException {
        String sql = "SELECT e.*, (SELECT min(sentence) FROM event_mentions m WHERE m.event_id = e.id) AS first_sentence,"
                + " (SELECT a.url FROM articles a WHERE a.id = e.first_article) AS article_url FROM events e"
                + (origin == null ? "" : " WHERE origin = '" + origin.replace("'", "''") + "'")
                + " ORDER BY global_id, id";
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String[] f = r.getString("origin").equals("gdelt") ? imported(r) : coded(r);
                out.write(String.join("\t", f));
                out.write('\n');
                n++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static String[] imported(ResultSet r) throws SQLException {
        Array array = r.getArray("gdelt_fields");
        Object[] raw = (Object[]) array.getArray();
        String[] f = Arrays.stream(raw).map(o -> o == null ? "" : o.toString()).toArray(String[]::new);
        f[GdeltColumns.index("NumMentions")] = Integer.toString(r.getInt("num_mentions"));
        f[GdeltColumns.index("NumSources")] = Integer.toString(r.getInt("num_sources"));
        f[GdeltColumns.index("NumArticles")] = Integer.toString(r.getInt("num_articles"));
        return f;
    }

    private static String[] coded(ResultSet r) throws SQLException {
        String[] f = new String[GdeltColumns.COUNT];
        Arrays.fill(f, "");
        Date sqlDate = r.getDate("date");
        LocalDate date = sqlDate == null ? null : sqlDate.toLocalDate();
        put(f, "GLOBALEVENTID", Long.toString(r.getLong("global_id")));
        if (date != null) {
            put(f, "SQLDATE", date.format(DAY));
            put(f, "MonthYear", date.format(DAY).substring(0, 6));
            put(f, "Year", Integer.toString(date.getYear()));
            put(f, "FractionDate", String.format(Locale.ROOT, "%.4f",
                    date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear()));
        }
        actor(f, "Actor1", r.getString("source_code"), r.getString("source_name"), r.getString("source_country"),
                r.getString("source_group"));
        actor(f, "Actor2", r.getString("target_code"), r.getString("target_name"), r.getString("target_country"),
                r.getString("target_group"));
        int first = r.getInt("first_sentence");
        put(f, "IsRootEvent", !r.wasNull() && first <= 1 ? "1" : "0");
        put(f, "EventCode", r.getString("cameo"));
        put(f, "EventBaseCode", r.getString("base_code"));
        put(f, "EventRootCode", r.getString("root_code"));
        put(f, "QuadClass", Integer.toString(r.getInt("quad")));
        put(f, "GoldsteinScale", Double.toString(r.getDouble("goldstein")));
        put(f, "NumMentions", Integer.toString(r.getInt("num_mentions")));
        put(f, "NumSources", Integer.toString(r.getInt("num_sources")));
        put(f, "NumArticles", Integer.toString(r.getInt("num_articles")));
        put(f, "AvgTone", "0");
        put(f, "Actor1Geo_Type", "0");
        put(f, "Actor2Geo_Type", "0");
        put(f, "ActionGeo_Type", "0");
        String place = r.getString("place");
        put(f, "ActionGeo_Fullname", place == null ? "" : clean(place));
        Timestamp added = r.getTimestamp("added_at");
        put(f, "DATEADDED", added == null ? "" : added.toLocalDateTime().format(ADDED));
        String url = r.getString("article_url");
        put(f, "SOURCEURL", clean(url != null ? url : String.valueOf(r.getString("first_article"))));
        return f;
    }

    /** Actor code, upper-case name, country, group, and up to three 3-letter role codes after the country. */
    private static void actor(String[] f, String prefix, String code, String name, String country, String group) {
        if (code == null) {
            return;
        }
        boolean roleOnly = code.startsWith(Actor.NO_COUNTRY);
        if (roleOnly) {
            // A role with no country is a bare role code in GDELT ("GOV"), as GDELT writes unnamed officials.
            code = code.substring(Actor.NO_COUNTRY.length());
        }
        put(f, prefix + "Code", code);
        put(f, prefix + "Name", name == null ? "" : clean(name).toUpperCase(Locale.ROOT));
        put(f, prefix + "CountryCode", country == null ? "" : country);
        put(f, prefix + "KnownGroupCode", group == null ? "" : group);
        String roles = country != null && code.startsWith(country) ? code.substring(country.length())
                : roleOnly ? code : "";
        for (int i = 0; i < 3 && roles.length() >= 3 * (i + 1); i++) {
            put(f, prefix + "Type" + (i + 1) + "Code", roles.substring(3 * i, 3 * i + 3));
        }
    }

    private static void put(String[] f, String column, String value) {
        f[GdeltColumns.index(column)] = value;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
