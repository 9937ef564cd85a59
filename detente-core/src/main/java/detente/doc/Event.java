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
 */
public record Event(String id, String article, LocalDate date, Participant source, Participant target,
                    String cameo, String root, int quad, double goldstein, Plover plover,
                    int sentence, String text, TextSpan trigger, String rule, double confidence) {
}
