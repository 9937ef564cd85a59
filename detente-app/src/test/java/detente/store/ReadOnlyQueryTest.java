package detente.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statement check alone: what a server's own database runs for {@code detente sql} while the dashboard
 * serves, where the connection cannot be sealed.
 */
class ReadOnlyQueryTest {

    @Test
    void tableFunctionsThatReadFilesAreRefused() {
        for (String sql : new String[] {"SELECT * FROM read_csv('/etc/passwd')", "select * from READ_BLOB('/root/x')",
                "SELECT * FROM glob('/root/*')", "SELECT * FROM read_text ('/etc/hostname')",
                "WITH x AS (SELECT * FROM parquet_scan('/tmp/a.parquet')) SELECT * FROM x",
                "SELECT * FROM events JOIN read_json_auto('/tmp/a.json') j ON true"}) {
            assertThatThrownBy(() -> ReadOnlyQuery.check(sql)).as(sql).hasMessageContaining("not files");
        }
    }

    @Test
    void aQuotedPathReadAsATableIsRefused() {
        assertThatThrownBy(() -> ReadOnlyQuery.check("SELECT * FROM '/etc/passwd'")).hasMessageContaining("path");
        assertThatThrownBy(() -> ReadOnlyQuery.check("SELECT * FROM \"secrets.csv\"")).hasMessageContaining("path");
    }

    @Test
    void theSameWordsInsideStringsOrNamesOfTheStoreAreFine() {
        assertThat(ReadOnlyQuery.check("SELECT 'read_csv(' AS s, ';' AS t")).startsWith("SELECT");
        assertThat(ReadOnlyQuery.check("SELECT count(*) FROM events WHERE text LIKE '%glob(%'")).isNotBlank();
        assertThat(ReadOnlyQuery.check("SELECT * FROM \"events\"")).isNotBlank();
    }
}
