package detente.doc;

/**
 * A direct quote: the quoted words (without the quote marks) and, where attributed, who said it.
 *
 * @param speaker the speaker's mention text and actor, or null when no speaker could be found
 */
public record Quote(String text, int start, int end, Participant speaker, String verb) {
}
