package detente.analysis;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs one parameterised query and maps its rows. */
final class Sql {

    /** Maps one row. */
    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> query(Connection c, String sql, List<?> params, Row<T> row) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object v = params.get(i);
                p.setObject(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(row.map(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AnalysisException("analysis query failed: " + e.getMessage(), e);
        }
    }

    static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** A DuckDB {@code VARCHAR[]} column as a list of strings. */
    static List<String> strings(ResultSet r, int column) throws SQLException {
        java.sql.Array a = r.getArray(column);
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
