package detente.spark;

import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.List;

/** What coding one article produced: its rows for each table, or one error row. */
record Coded(Row article, List<Row> quotes, List<Row> quantities, List<Report> reports, Row error)
        implements Serializable {

    static Coded failed(Row error) {
        return new Coded(null, List.of(), List.of(), List.of(), error);
    }
}
