package detente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsIT {

    @TempDir
    Path dir;

    @Test
    void migrationsAreNumberedFromOneInOrder() {
        Migrations m = Migrations.builtIn();
        assertThat(m.latest()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < m.all().size(); i++) {
            assertThat(m.all().get(i).version()).isEqualTo(i + 1);
            assertThat(m.all().get(i).statements()).isNotEmpty();
        }
    }

    @Test
    void splitsStatementsAndDropsComments() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT); -- t\nCREATE TABLE b (\n  y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)");
    }

    @Test
    void migratesAStoreCreatedWithAnOlderSchemaKeepingItsData() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Store.FILE))) {
            assertThat(Migrations.builtIn().applyUpTo(c, 1)).isEqualTo(1);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO articles (id, seq, text, content_hash, duplicate_group, outlet, ingested_at)"
                        + " VALUES ('old', nextval('article_seq'), 'Old text.', 'h', 'g', 'old', current_timestamp)");
            }
            assertThat(Migrations.currentVersion(c)).isEqualTo(1);
        }
        try (Store store = Store.open(dir); Statement s = store.connection().createStatement()) {
            assertThat(Migrations.currentVersion(store.connection())).isEqualTo(Migrations.builtIn().latest());
            try (ResultSet r = s.executeQuery("SELECT id, extractor FROM articles")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("old");
                assertThat(r.getString(2)).isNull();
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM replies")) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
        }
        // Opening again applies nothing.
        try (Store store = Store.open(dir)) {
            assertThat(Migrations.builtIn().apply(store.connection())).isZero();
        }
    }
}
