package detente.dedup;

import detente.doc.Event;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The rule that decides whether a coded report describes a real-world event already stored (see
 * {@code docs/store.md}): same directed dyad at actor-code level, same CAMEO root, dates at most one day apart
 * (a date known only to the week, month or year is the whole period: "last week" matches any day of that week),
 * and similar places when both reports have one. Reports with a role-only actor ({@code ---GOV}) never merge.
 */
public final class EventMatch {

    /**
     * What the rule compares. {@code sourceKey}/{@code targetKey} are actor codes ({@code ?name} if unknown);
     * {@code datePrecision} is the event's ({@code day}, {@code week}, {@code month}, {@code year},
     * {@code reported}; null counts as a day).
     */
    public record Report(String sourceKey, String targetKey, String cameo, LocalDate date, String datePrecision,
                         String place) {

        /** A report dated to the day. */
        public Report(String sourceKey, String targetKey, String cameo, LocalDate date, String place) {
            this(sourceKey, targetKey, cameo, date, null, place);
        }

        /** The last day the date can stand for: the end of its week, month or year. */
        LocalDate lastDay() {
            return EventMatch.lastDay(date, datePrecision);
        }
    }

    public static final int MAX_DAYS_APART = 1;

    private EventMatch() {
    }

    /** What the rule compares of a coded event, given the place phrase of its sentence (or null). */
    public static Report report(Event e, String place) {
        return new Report(e.source().key(), e.target() == null ? null : e.target().key(), e.cameo(), e.date(),
                e.datePrecision(), place);
    }

    /** The event's two-digit CAMEO root: the store's {@code root_code}. */
    public static String root(Event e) {
        return e.root() != null ? e.root() : e.cameo().substring(0, 2);
    }

    public static boolean sameEvent(Report a, Report b) {
        if (roleOnly(a.sourceKey()) || roleOnly(a.targetKey())) {
            // "a senior official" in two reports need not be one person.
            return false;
        }
        return same(a.sourceKey(), b.sourceKey()) && same(a.targetKey(), b.targetKey())
                && compatibleCodes(a.cameo(), b.cameo()) && closePeriods(a, b)
                && similarPlaces(a.place(), b.place());
    }

    /** Same two-digit root (which includes the same three-digit base). */
    public static boolean compatibleCodes(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2));
    }

    /** Whether the periods the two dates stand for are at most a day apart. */
    static boolean closePeriods(Report a, Report b) {
        if (a.date() == null || b.date() == null) {
            return a.date() == b.date();
        }
        return !a.date().isAfter(b.lastDay().plusDays(MAX_DAYS_APART))
                && !b.date().isAfter(a.lastDay().plusDays(MAX_DAYS_APART));
    }

    /** The last day a date of this precision stands for (the date itself is the period's first day). */
    public static LocalDate lastDay(LocalDate date, String precision) {
        if (date == null || precision == null) {
            return date;
        }
        return switch (precision) {
            case "week" -> date.plusDays(6);
            case "month" -> date.plusMonths(1).minusDays(1);
            case "year" -> date.plusYears(1).minusDays(1);
            default -> date;
        };
    }

    public static boolean closeDates(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a.toEpochDay() - b.toEpochDay()) <= MAX_DAYS_APART;
    }

    /** True when either is unknown, or one contains the other ignoring case ("Ankara" ~ "Ankara, Turkey"). */
    public static boolean similarPlaces(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(Locale.ROOT).strip();
        String y = b.toLowerCase(Locale.ROOT).strip();
        return x.contains(y) || y.contains(x);
    }

    private static boolean roleOnly(String key) {
        return key != null && key.startsWith(detente.doc.Actor.NO_COUNTRY);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
