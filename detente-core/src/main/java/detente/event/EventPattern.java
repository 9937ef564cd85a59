package detente.event;

import java.util.List;
import java.util.Set;

/**
 * One line of {@code events/patterns.txt}, parsed: the trigger's lemmas and what must hang on it.
 *
 * @param id            the rule id printed with events: code and the pattern as written
 * @param triggers      lemmas the trigger may have (lower case)
 * @param triggerPos    'v', 'n', or 0 for either
 * @param sourceBefore  the pattern starts with {@code {S}}: the source is the subject (or possessor)
 * @param steps         what follows the trigger, in order
 * @param section       the code's section: code, flags
 */
public record EventPattern(String id, String text, Set<String> triggers, char triggerPos, boolean sourceBefore,
                           List<Step> steps, Section section) {

    /** A code's header: {@code [046 reciprocal intent=036] Engage in negotiation}. */
    public record Section(String code, String name, boolean reciprocal, String intentCode, boolean verbal) {
    }

    /** An element after the trigger. */
    public sealed interface Step permits Word, Slot, Marker {
    }

    /**
     * A word that must depend on the trigger (or on an earlier word): "memorandum" in "sign memorandum with".
     * {@code prep} is set when the pattern puts a preposition before it ("take part in talk").
     */
    public record Word(Set<String> lemmas, Set<String> prep, boolean optional) implements Step {
    }

    /** A slot: {@code role} is 'S' or 'T'; {@code prep} empty for a direct object; {@code conjunct} for "and {T}". */
    public record Slot(char role, Set<String> prep, boolean conjunct) implements Step {
    }

    /** A trailing preposition with no slot: the trigger must have a phrase it introduces ("attack {T} for"). */
    public record Marker(Set<String> prep) implements Step {
    }

    public String code() {
        return section.code();
    }

    /** More words and slots make a pattern more specific; the most specific match wins. */
    public int specificity() {
        int words = (sourceBefore ? 1 : 0) + longestPhrase(triggers);
        for (Step step : steps) {
            if (step instanceof Word w) {
                words += w.optional() ? 0 : longestPhrase(w.lemmas());
            } else {
                words++;
            }
        }
        return words;
    }

    /** "humanitarian aid" is two words of evidence, "aid" one. */
    private static int longestPhrase(Set<String> alternatives) {
        int longest = 1;
        for (String a : alternatives) {
            longest = Math.max(longest, a.split(" ").length);
        }
        return longest;
    }

    public boolean hasTarget() {
        return steps.stream().anyMatch(s -> s instanceof Slot slot && slot.role() == 'T');
    }
}
