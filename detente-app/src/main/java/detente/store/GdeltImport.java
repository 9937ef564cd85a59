package detente.store;

import detente.actor.ActorTypes;
import detente.doc.Actor;
import detente.doc.Plover;
import detente.event.CameoCode;
import detente.event.CameoOntology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports GDELT 2.0 event export files (plain or {@code .zip}) into the {@code events} table with origin
 * {@code gdelt}, so every analysis works on them as on coded events. DuckDB reads the file as text into a staging
 * table; the typed columns are derived in SQL and the 61 original fields are kept verbatim, so an export
 * reproduces each row. Re-importing a row (same GLOBALEVENTID) adds nothing. One transaction per file.
 */
public final class GdeltImport {

    /** Rows read from a file and rows that were new. */
    public record Result(String file, long rows, long added) {
    }

    private final Connection c;
    private final CameoOntology ontology;

    public GdeltImport(Store store, CameoOntology ontology) {
        this.c = store.connection();
        this.ontology = ontology;
    }

    public Result importFile(Path file) throws SQLException {
        List<Path> plain = new ArrayList<>();
        try {
            if (file.toString().toLowerCase().endsWith(".zip")) {
                plain.addAll(unzip(file));
            } else {
                plain.add(file);
            }
            long rows = 0;
            long added = 0;
            for (Path p : plain) {
                long[] r = importPlain(p);
                rows += r[0];
                added += r[1];
            }
            return new Result(file.toString(), rows, added);
        } finally {
            if (!plain.isEmpty() && !plain.get(0).equals(file)) {
                plain.forEach(p -> p.toFile().delete());
            }
        }
    }

    private long[] importPlain(Path file) throws SQLException {
        checkShape(file);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE gdelt_staging AS SELECT * FROM read_csv('"
                    + file.toAbsolutePath().toString().replace("'", "''") + "', delim = '\t', header = false,"
                    + " quote = '', escape = '', all_varchar = true, auto_detect = false, columns = "
                    + stagingColumns() + ", strict_mode = true, null_padding = false)");
            loadPlover(s);
            long rows = count(s, "SELECT count(*) FROM gdelt_staging");
            long before = count(s, "SELECT count(*) FROM events WHERE origin = 'gdelt'");
            s.execute(insertSql());
            long added = count(s, "SELECT count(*) FROM events WHERE origin = 'gdelt'") - before;
            s.execute("DROP TABLE gdelt_staging");
            c.commit();
            return new long[] {rows, added};
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Every line must have exactly 61 fields; fail with the line number otherwise. */
    private static void checkShape(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            int[] n = {0};
            lines.forEach(line -> {
                n[0]++;
                int fields = line.split("\t", -1).length;
                if (fields != GdeltColumns.COUNT) {
                    throw new StoreException("line " + n[0] + " has " + fields + " fields, a GDELT 2.0 event row"
                            + " has " + GdeltColumns.COUNT + " (is this a GDELT 2.0 events export, *.export.CSV?);"
                            + " nothing imported", null);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String stagingColumns() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < GdeltColumns.COUNT; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format("'column%02d': 'VARCHAR'", i));
        }
        return b.append('}').toString();
    }

    private void loadPlover(Statement s) throws SQLException {
        s.execute("CREATE OR REPLACE TEMP TABLE cameo_plover (code VARCHAR, event VARCHAR, mode VARCHAR,"
                + " context VARCHAR)");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cameo_plover VALUES (?, ?, ?, ?)")) {
            for (CameoCode code : ontology.all()) {
                Plover pl = code.plover();
                if (pl != null) {
                    p.setString(1, code.code());
                    p.setString(2, pl.event());
                    p.setString(3, pl.mode());
                    p.setString(4, pl.context());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static String insertSql() {
        StringBuilder fields = new StringBuilder("[");
        for (int i = 0; i < GdeltColumns.COUNT; i++) {
            fields.append(i == 0 ? "" : ", ").append(String.format("coalesce(column%02d, '')", i));
        }
        fields.append(']');
        return "INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                + " source_group, source_name, target_key, target_code, target_country, target_group, target_name,"
                + " cameo, base_code, root_code, quad, goldstein, plover_event, plover_mode, plover_context, place,"
                + " num_mentions, num_sources, num_articles, avg_tone, first_article, source_url, added_at,"
                + " gdelt_fields) SELECT 'gdelt-' || " + col("GLOBALEVENTID") + ", CAST(" + col("GLOBALEVENTID")
                + " AS BIGINT), 'gdelt', CAST(strptime(" + col("SQLDATE") + ", '%Y%m%d') AS DATE), "
                + key("Actor1") + ", " + col("Actor1Code") + ", " + col("Actor1CountryCode") + ", "
                + col("Actor1KnownGroupCode") + ", " + col("Actor1Name") + ", " + key("Actor2") + ", "
                + col("Actor2Code") + ", " + col("Actor2CountryCode") + ", " + col("Actor2KnownGroupCode") + ", "
                + col("Actor2Name") + ", " + col("EventCode") + ", " + col("EventBaseCode") + ", "
                + col("EventRootCode") + ", CAST(" + col("QuadClass") + " AS INTEGER), CAST(" + col("GoldsteinScale")
                + " AS DOUBLE), p.event, p.mode, p.context, " + col("ActionGeo_Fullname") + ", CAST("
                + col("NumMentions") + " AS INTEGER), CAST(" + col("NumSources") + " AS INTEGER), CAST("
                + col("NumArticles") + " AS INTEGER), TRY_CAST(" + col("AvgTone") + " AS DOUBLE), NULL, "
                + col("SOURCEURL") + ", coalesce(TRY_CAST(strptime(" + col("DATEADDED")
                + ", '%Y%m%d%H%M%S') AS TIMESTAMP), current_timestamp), " + fields
                + " FROM gdelt_staging g LEFT JOIN cameo_plover p ON p.code = g." + col("EventCode")
                + " ON CONFLICT DO NOTHING";
    }

    /**
     * An actor's key: its code, but {@code ---GOV} for a bare type code with no country and no known group
     * (GDELT's "GOV"), so that analysis leaves unnamed officials out as it does for coded ones. The code itself
     * is stored as GDELT wrote it, so the export gives the same row back.
     */
    private static String key(String actor) {
        String code = col(actor + "Code");
        StringBuilder types = new StringBuilder();
        ActorTypes.builtIn().codes().forEach(t -> types.append(types.length() == 0 ? "" : ", ").append('\'')
                .append(t).append('\''));
        return "CASE WHEN coalesce(" + col(actor + "CountryCode") + ", '') = '' AND coalesce("
                + col(actor + "KnownGroupCode") + ", '') = '' AND substr(" + code + ", 1, 3) IN (" + types + ")"
                + " THEN '" + Actor.NO_COUNTRY + "' || " + code + " ELSE " + code + " END";
    }

    private static String col(String name) {
        return GdeltColumns.staged(name);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Path> unzip(Path zip) {
        List<Path> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                Path tmp = Files.createTempFile("detente-gdelt", ".csv");
                Files.copy(z, tmp, StandardCopyOption.REPLACE_EXISTING);
                out.add(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unzip " + zip, e);
        }
        return out;
    }
}
