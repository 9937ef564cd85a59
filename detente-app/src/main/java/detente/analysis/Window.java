package detente.analysis;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

/** An inclusive date window; missing ends default to the last {@value Analysis#DEFAULT_WINDOW_DAYS} days of data. */
record Window(LocalDate from, LocalDate to) {

    /** The window, or null when the store has no dated events and an end is missing. */
    static Window of(Connection c, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return new Window(from, to);
        }
        LocalDate last = to;
        if (last == null) {
            last = Sql.query(c, "SELECT max(date) FROM events", List.of(), r -> Sql.date(r, 1)).get(0);
            if (last == null) {
                return null;
            }
        }
        return new Window(from != null ? from : last.minusDays(Analysis.DEFAULT_WINDOW_DAYS - 1), last);
    }

    /** The window, missing ends taken from the first and last dated event; null when there are none. */
    static Window span(Connection c, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return new Window(from, to);
        }
        LocalDate[] ends = Sql.query(c, "SELECT min(date), max(date) FROM events", List.of(),
                r -> new LocalDate[] {Sql.date(r, 1), Sql.date(r, 2)}).get(0);
        LocalDate first = from != null ? from : ends[0];
        LocalDate last = to != null ? to : ends[1];
        return first == null || last == null ? null : new Window(first, last);
    }
}
