package detente.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages and feeds write them: ISO 8601 (date, date-time, with or without offset),
 * RFC 822/1123 as in RSS, "2024/01/24", "January 24, 2024", "24 Jan 2024", and dates in URL paths
 * ({@code /2024/01/24/}, {@code /2024-01-24-}). A date-time with an offset keeps the publisher's local date, which is
 * the date the article itself shows. Years outside 1900..2100 are refused.
 */
public final class PublicationDateParser {

    private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** The date a file name starts with ({@code 2024-01-16-iran-strikes.txt}), if any. */
    public static Optional<LocalDate> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher matcher = FILE_DATE.matcher(fileName);
        return matcher.find() ? parse(matcher.group(1)) : Optional.empty();
    }

    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
            pattern("MMM. d, uuuu"), pattern("EEEE, MMMM d, uuuu"), pattern("EEE, MMM d, uuuu"));
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .parseLenient().optionalStart().appendPattern("EEE, ").optionalEnd().appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1970).appendPattern(" HH:mm").optionalStart()
            .appendPattern(":ss").optionalEnd().toFormatter(Locale.ENGLISH);
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T ]\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");

    private PublicationDateParser() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The date in {@code value}, if it holds one this parser understands. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        LocalDate date = parseIso(text);
        if (date == null) {
            date = parseRfc822(text);
        }
        if (date == null) {
            date = parseNumeric(text);
        }
        if (date == null) {
            date = parseWords(text);
        }
        return Optional.ofNullable(date).filter(PublicationDateParser::plausible);
    }

    /** The date in a URL path such as {@code /2024/01/24/slug}. */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = URL_DATE.matcher(url);
        while (matcher.find()) {
            int g = matcher.group(1) != null ? 1 : 4;
            LocalDate date = of(matcher.group(g), matcher.group(g + 1), matcher.group(g + 2));
            if (date != null && plausible(date)) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    private static LocalDate parseIso(String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return ZonedDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            // next format
        }
        String fixedOffset = text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        if (!fixedOffset.equals(text)) {
            return parseIso(fixedOffset);
        }
        return null;
    }

    private static LocalDate parseRfc822(String text) {
        String withoutZone = text.replaceFirst("\\s+([A-Z]{1,5}|[+-]\\d{4}|[+-]\\d{2}:\\d{2})$", "");
        try {
            return LocalDate.from(RFC_822.parse(withoutZone.replaceAll("\\s+", " ")));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate parseNumeric(String text) {
        Matcher matcher = NUMERIC.matcher(text);
        if (matcher.find()) {
            return of(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        matcher = COMPACT.matcher(text);
        if (matcher.find()) {
            return of(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return null;
    }

    private static LocalDate parseWords(String text) {
        String cleaned = text.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ")
                .replaceFirst("\\s*(at )?\\d{1,2}:\\d{2}.*$", "").replaceFirst(",$", "").strip();
        for (DateTimeFormatter format : TEXT_FORMATS) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2100;
    }
}
