package detente.fact;

import detente.doc.Document;
import detente.doc.Timex;
import detente.doc.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions and resolves them against the publication date, by rule: weekdays, months, days of a
 * month, years, "yesterday", "last week", "earlier this month", "two months ago", and durations. A weekday or
 * month without a year is the most recent one on or before the publication date, or the next one when its clause
 * speaks of the future ({@link TenseReader}); a day and month without a year is the nearest such day.
 */
final class TimexResolver {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?"
            + "|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String NUM = "(?<num>\\d{1,3}|a|an|" + NumberWords.WORD_PATTERN + ")";
    private static final String UNIT = "(?<unit>day|week|month|year)s?";
    private static final String DAY = "(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private enum Kind { DATE, MONTH_YEAR, MONTH, WEEKDAY, DEICTIC, PERIOD, AGO, YEAR, DURATION }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Kind.DATE, "\\b(?:(?<d1>\\d{1,2})\\s+" + MONTH.replace("month>", "m1>")
                    + "|" + MONTH + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+" + YEAR + ")?"),
            rule(Kind.MONTH_YEAR, "\\b(?:(?:early|late|mid-)\\s*)?" + MONTH + ",?\\s+" + YEAR + "\\b"),
            rule(Kind.MONTH, "\\b(?<rel>last|next|this)\\s+" + MONTH + "\\b"),
            rule(Kind.MONTH, "(?<=\\b(?:in|since|by|until|from|during|of|early|late|mid-|before|after|through) )"
                    + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\b"),
            rule(Kind.WEEKDAY, "\\b(?:(?<rel>last|next|this)\\s+)?" + DAY
                    + "(?:\\s+(?:morning|afternoon|evening|night))?\\b"),
            rule(Kind.DEICTIC, "(?i)\\b(?<word>today|yesterday|tomorrow|tonight|this morning|this afternoon"
                    + "|this evening|last night)\\b"),
            rule(Kind.PERIOD, "(?i)\\b(?:(?:earlier|later)\\s+)?(?<rel>this|last|next|the past|the coming)\\s+"
                    + "(?<unit>week|month|year)\\b"),
            rule(Kind.AGO, "(?i)\\b" + NUM + "\\s+" + UNIT + "\\s+ago\\b"),
            rule(Kind.YEAR, "(?<=\\b(?:in|since|by|until|from|before|after|during|of|early|late|mid-|through) )"
                    + YEAR + "\\b(?![-\\d])"),
            // "the 2013 deal": a year before a noun dates that noun (EventPlacer uses it only for it).
            rule(Kind.YEAR, "(?<=\\b(?:the|its|their|his|her|a|an) )" + YEAR + "(?= [a-z])"),
            rule(Kind.DURATION, "(?i)\\b" + NUM.replace("|a|an", "") + "(?:\\s+|-)" + UNIT + "\\b(?!\\s+ago)"));

    private static Rule rule(Kind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }

    private final Document document;
    private final TenseReader tense;
    private final LocalDate anchor;

    TimexResolver(Document document, TenseReader tense) {
        this.document = document;
        this.tense = tense;
        this.anchor = document.article().date();
    }

    /** The resolved time expressions of the document, in text order; none when the article has no date. */
    List<Timex> resolve() {
        String text = document.text();
        List<Timex> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    Timex timex = anchor == null ? null : resolve(rule.kind(), m);
                    if (timex != null) {
                        found.add(timex);
                        for (int i = m.start(); i < m.end(); i++) {
                            taken[i] = true;
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Timex::start));
        return found;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private Timex resolve(Kind kind, Matcher m) {
        String text = m.group();
        return switch (kind) {
            case DATE -> {
                String month = m.group("month") != null ? m.group("month") : m.group("m1");
                String day = m.group("d2") != null ? m.group("d2") : m.group("d1");
                int mo = month(month);
                int d = Integer.parseInt(day);
                if (d < 1 || d > 31) {
                    yield null;
                }
                LocalDate date = m.group("year") != null ? safeDate(Integer.parseInt(m.group("year")), mo, d)
                        : nearest(mo, d, tenseAt(m.start()));
                yield date == null ? null : timex(m, date, "day");
            }
            case MONTH_YEAR -> timex(m, LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")), 1),
                    "month");
            case MONTH -> {
                String rel = group(m, "rel");
                int mo = month(m.group("month"));
                LocalDate first = anchor.withDayOfMonth(1).withMonth(mo);
                LocalDate thisMonth = anchor.withDayOfMonth(1);
                boolean future = rel.equals("next") || rel.isEmpty() && tenseAt(m.start()) == TenseReader.Tense.FUTURE;
                if (future) {
                    first = first.isBefore(thisMonth) ? first.plusYears(1) : first;
                } else if (rel.equals("last")) {
                    first = first.isBefore(thisMonth) ? first : first.minusYears(1);
                } else if (!rel.equals("this")) {
                    first = first.isAfter(thisMonth) ? first.minusYears(1) : first;
                }
                yield timex(m, first, "month");
            }
            case WEEKDAY -> timex(m, weekday(DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT)),
                    group(m, "rel"), tenseAt(m.start())), "day");
            case DEICTIC -> {
                String word = m.group("word").toLowerCase(Locale.ROOT);
                LocalDate date = word.equals("yesterday") || word.equals("last night") ? anchor.minusDays(1)
                        : word.equals("tomorrow") ? anchor.plusDays(1) : anchor;
                yield timex(m, date, "day");
            }
            case PERIOD -> {
                String rel = m.group("rel").toLowerCase(Locale.ROOT);
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                int shift = rel.equals("last") || rel.equals("the past") ? -1
                        : rel.equals("next") || rel.equals("the coming") ? 1 : 0;
                yield timex(m, start(shifted(anchor, unit, shift), unit), unit);
            }
            case AGO -> {
                OptionalDouble n = amount(m.group("num"));
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                yield n.isEmpty() ? null : timex(m, start(shifted(anchor, unit, -(int) n.getAsDouble()), unit), unit);
            }
            case YEAR -> timex(m, LocalDate.of(Integer.parseInt(m.group("year")), 1, 1), "year");
            case DURATION -> {
                OptionalDouble n = amount(m.group("num"));
                String unit = m.group("unit").toLowerCase(Locale.ROOT);
                yield n.isEmpty() ? null : new Timex(text, m.start(), m.end(),
                        "P" + (int) n.getAsDouble() + Character.toUpperCase(unit.charAt(0)), "duration");
            }
        };
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Timex timex(Matcher m, LocalDate date, String granularity) {
        return new Timex(m.group(), m.start(), m.end(), date.toString(), granularity);
    }

    private static OptionalDouble amount(String num) {
        String n = num.toLowerCase(Locale.ROOT);
        return n.equals("a") || n.equals("an") ? OptionalDouble.of(1) : NumberWords.parse(n);
    }

    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        key = key.startsWith("sept") ? "sep" : key.substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(key) + 1;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The day and month nearest the anchor; a past clause takes the last one, a future clause the next. */
    private LocalDate nearest(int month, int day, TenseReader.Tense tense) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d == null || tense == TenseReader.Tense.FUTURE && d.isBefore(anchor)
                    || tense == TenseReader.Tense.PAST && d.isAfter(anchor)) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    private LocalDate weekday(DayOfWeek day, String rel, TenseReader.Tense tense) {
        return switch (rel) {
            case "last" -> anchor.with(TemporalAdjusters.previous(day));
            case "next" -> anchor.with(TemporalAdjusters.next(day));
            default -> tense == TenseReader.Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(day))
                    : anchor.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static LocalDate shifted(LocalDate date, String unit, int n) {
        return switch (unit) {
            case "day" -> date.plusDays(n);
            case "week" -> date.plusWeeks(n);
            case "month" -> date.plusMonths(n);
            default -> date.plusYears(n);
        };
    }

    private static LocalDate start(LocalDate date, String unit) {
        return switch (unit) {
            case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> date.withDayOfMonth(1);
            case "year" -> date.withDayOfYear(1);
            default -> date;
        };
    }

    private TenseReader.Tense tenseAt(int offset) {
        for (Token token : document.tokens()) {
            if (token.end() > offset) {
                return tense.at(token.index());
            }
        }
        return TenseReader.Tense.UNKNOWN;
    }
}
