package detente.doc;

import java.time.LocalDate;

/**
 * One coded event: who did what to whom, with the sentence and the rule that produced it.
 *
 * @param id         deterministic id: article id, sentence, trigger offset, code and dyad hashed
 * @param sentence   index of the sentence in the document
 * @param text       the sentence text
 * @param trigger    the word(s) that carry the event, with offsets into the article text
 * @param rule       id of the dictionary rule that fired
 * @param confidence 0..1, how sure the coder is (lower for long dependency paths, inferred actors, quotes)
 * @param date       the day of the time expression that governs the event's clause, else the article's date
 * @param location   where the event took place, or null when neither the sentence nor its context says
 * @param datePrecision {@code day}, {@code week}, {@code month} or {@code year} for a date read from a time
 *                   expression (the date is then the first day of that period); {@code reported} when nothing
 *                   dates the event and it keeps the article's date; null before the facts stage
 * @param dateSpan   the time expression the date came from, or null
 */
public record Event(String id, String article, LocalDate date, Participant source, Participant target,
                    String cameo, String root, int quad, double goldstein, Plover plover,
                    int sentence, String text, TextSpan trigger, String rule, double confidence,
                    Place location, String datePrecision, TextSpan dateSpan) {

    /** The same event, dated and located by the facts stage. */
    public Event withDateAndLocation(LocalDate newDate, String newPrecision, TextSpan newSpan, Place newLocation) {
        return new Event(id, article, newDate, source, target, cameo, root, quad, goldstein, plover, sentence, text,
                trigger, rule, confidence, newLocation, newPrecision, newSpan);
    }
}
