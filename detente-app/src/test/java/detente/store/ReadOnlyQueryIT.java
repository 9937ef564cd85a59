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
}
