package detente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadOnlyQueryIT {

    @TempDir
    Path dir;

    @Test
    void acceptsReadingStatements() {
        assertThat(ReadOnlyQuery.check(" select 1; ")).isEqualTo("select 1");
        assertThat(ReadOnlyQuery.check("WITH x AS (SELECT 1) SELECT * FROM x")).startsWith("WITH");
        assertThat(ReadOnlyQuery.check("describe events")).isEqualTo("describe events");
    }

    @Test
    void refusesWritesFileCopiesAndSeveralStatements() {
        assertThatThrownBy(() -> ReadOnlyQuery.check("DELETE FROM events")).hasMessageContaining("DELETE");
        assertThatThrownBy(() -> ReadOnlyQuery.check("COPY events TO 'x.csv'")).hasMessageContaining("COPY");
        assertThatThrownBy(() -> ReadOnlyQuery.check("SELECT 1; DROP TABLE events")).hasMessageContaining("one");
    }

    @Test
    void theReadOnlyConnectionItselfRefusesWrites() throws Exception {
        Store.open(dir).close();
        try (Store store = Store.openReadOnly(dir); Statement s = store.connection().createStatement()) {
            assertThat(store.readOnly()).isTrue();
            assertThatThrownBy(() -> s.execute("DELETE FROM events")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("CREATE TABLE x (i INTEGER)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aSemicolonInsideAStringOrCommentIsNoSecondStatement() {
        assertThat(ReadOnlyQuery.check("SELECT ';'")).isEqualTo("SELECT ';'");
        assertThat(ReadOnlyQuery.check("SELECT 'it''s; fine' AS \"a;b\" -- trailing; comment\n;"))
                .startsWith("SELECT 'it''s; fine'");
        assertThat(ReadOnlyQuery.check("SELECT $$;$$, /* ; */ 1")).startsWith("SELECT $$;$$");
        assertThatThrownBy(() -> ReadOnlyQuery.check("SELECT ';'; DROP TABLE events")).hasMessageContaining("one");
    }

    @Test
    void refusesAWriteBehindExplainOrAComment() {
        assertThatThrownBy(() -> ReadOnlyQuery.check("EXPLAIN ANALYZE COPY (SELECT 'x') TO 'out.txt'"))
                .hasMessageContaining("EXPLAIN COPY");
        assertThatThrownBy(() -> ReadOnlyQuery.check("explain copy (select 1) to 'out.txt'"))
                .hasMessageContaining("COPY");
        assertThatThrownBy(() -> ReadOnlyQuery.check("/* SELECT */ COPY events TO 'x.csv'"))
                .hasMessageContaining("COPY");
        assertThatThrownBy(() -> ReadOnlyQuery.check("ATTACH 'other.duckdb'")).hasMessageContaining("ATTACH");
        assertThat(ReadOnlyQuery.check("EXPLAIN SELECT 1")).isEqualTo("EXPLAIN SELECT 1");
        assertThat(ReadOnlyQuery.check("EXPLAIN ANALYZE SELECT 1")).isEqualTo("EXPLAIN ANALYZE SELECT 1");
    }

    @Test
    void aSealedConnectionReadsNoFileWritesNoFileAndCannotBeUnsealed() throws Exception {
        Store.open(dir.resolve("data")).close();
        Path secret = java.nio.file.Files.writeString(dir.resolve("secret.csv"), "name,password\nroot,hunter2\n");
        Path out = dir.resolve("out.txt");
        try (Store store = Store.openReadOnly(dir.resolve("data"))) {
            ReadOnlyQuery.seal(store.connection());
            for (String query : new String[] {
                    "SELECT * FROM read_csv('" + secret + "')",
                    "SELECT * FROM read_blob('" + secret + "')",
                    "SELECT * FROM read_text('" + secret + "')",
                    "SELECT * FROM glob('" + dir + "/*')",
                    "EXPLAIN ANALYZE COPY (SELECT 'x') TO '" + out + "'",
                    "SET enable_external_access = true",
                    "SET lock_configuration = false",
                    "INSTALL httpfs",
                    "LOAD httpfs"}) {
                try (Statement s = store.connection().createStatement()) {
                    assertThatThrownBy(() -> s.execute(query)).as(query).isInstanceOf(SQLException.class);
                }
            }
            try (Statement s = store.connection().createStatement();
                 java.sql.ResultSet r = s.executeQuery(ReadOnlyQuery.check("SELECT ';' AS semicolon, count(*) FROM events"))) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(";");
            }
        }
        assertThat(out).doesNotExist();
    }

    /**
     * Seeded random statements: reading ones with semicolons hidden in strings, quoted names, dollar quotes and
     * comments pass; a writing statement behind a real semicolon or behind EXPLAIN never does.
     * {@code -Ddetente.fuzz.cases=N} for a long run.
     */
    @Test
    void fuzzedStatementsSplitWhereSqlDoes() {
        java.util.Random random = new java.util.Random(Long.getLong("detente.fuzz.seed", 20241208L));
        String[] hidden = {"';'", "'it''s;'", "\";\"", "$$;$$", "$t$ ; $t$", "/* ; */", "-- ;\n", "';--'", "'/*;'"};
        String[] writes = {"COPY events TO 'x.csv'", "EXPORT DATABASE 'x'", "ATTACH 'x.duckdb'", "DROP TABLE events",
            "INSTALL httpfs", "SET enable_external_access = true", "EXPLAIN ANALYZE COPY (SELECT 1) TO 'x'",
            "explain copy (select 1) to 'x'", "PRAGMA enable_profiling", "CALL dbgen(sf = 1)"};
        int cases = Integer.getInteger("detente.fuzz.cases", 500);
        for (int c = 0; c < cases; c++) {
            StringBuilder select = new StringBuilder("SELECT 1");
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                select.append(", ").append(hidden[random.nextInt(hidden.length)]).append(" AS c").append(i);
            }
            String query = select.toString();
            assertThat(ReadOnlyQuery.check(query)).as("case %d: %s", c, query).startsWith("SELECT 1");
            String write = writes[random.nextInt(writes.length)];
            String twoStatements = query + ";\n" + write;
            assertThatThrownBy(() -> ReadOnlyQuery.check(twoStatements)).as("case %d: %s", c, twoStatements)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReadOnlyQuery.check(write)).as(write).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
