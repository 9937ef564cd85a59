package detente.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The bucket a timeline is counted in. Weeks start on Monday (ISO, as DuckDB's {@code date_trunc('week')}). */
public enum Period {
    DAY(1), WEEK(7), MONTH(30.4375);

    private final double days;

    Period(double days) {
        this.days = days;
    }

    /** Average length in days (used to turn the tension half-life into a per-period decay). */
    public double days() {
        return days;
    }

    /** The first day of the period that contains {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /** The first day of the next period, given the first day of one. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /**
     * The SQL condition that keeps the events whose date is at least as precise as this period: a day's bucket
     * counts events dated to the day (or only reported that day), a week's also those dated to the week, a
     * month's also those dated to the month. An event of "last week" is no spike on the Monday it is filed under.
     */
    public String precise(String column) {
        String kinds = switch (this) {
            case DAY -> "'day', 'reported'";
            case WEEK -> "'day', 'reported', 'week'";
            case MONTH -> "'day', 'reported', 'week', 'month'";
        };
        return "coalesce(" + column + ", 'day') IN (" + kinds + ")";
    }

    /** The SQL expression truncating {@code column} to the period start. */
    String sql(String column) {
        return switch (this) {
            case DAY -> column;
            case WEEK -> "CAST(date_trunc('week', " + column + ") AS DATE)";
            case MONTH -> "CAST(date_trunc('month', " + column + ") AS DATE)";
        };
    }
}
