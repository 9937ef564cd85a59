package detente.dedup;

import detente.doc.Event;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The rule that decides whether a coded report describes a real-world event already stored (see
 * {@code docs/store.md}): same directed dyad at actor-code level, same CAMEO root, dates at most one day apart,
 * and similar places when both reports have one. Reports with a role-only actor ({@code ---GOV}) never merge.
 */
public final class EventMatch {

    /** What the rule compares. {@code sourceKey}/{@code targetKey} are actor codes ({@code ?name} if unknown). */
    public record Report(String sourceKey, String targetKey, String cameo, LocalDate date, String place) {
    }

    public static final int MAX_DAYS_APART = 1;

    private EventMatch() {
    }

    /** What the rule compares of a coded event, given the place phrase of its sentence (or null). */
    public static Report report(Event e, String place) {
        return new Report(e.source().key(), e.target() == null ? null : e.target().key(), e.cameo(), e.date(),
                place);
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
                && compatibleCodes(a.cameo(), b.cameo()) && closeDates(a.date(), b.date())
                && similarPlaces(a.place(), b.place());
    }

    /** Same two-digit root (which includes the same three-digit base). */
    public static boolean compatibleCodes(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2));
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
