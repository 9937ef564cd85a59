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
 * @param expansion     the row of {@code events/lexicon-expansions.tsv} that lent this pattern to a word it does
 *                      not list; null for a pattern as written
 */
public record EventPattern(String id, String text, Set<String> triggers, char triggerPos, boolean sourceBefore,
                           List<Step> steps, Section section, LexiconExpansion.Entry expansion) {

    public EventPattern(String id, String text, Set<String> triggers, char triggerPos, boolean sourceBefore,
                        List<Step> steps, Section section) {
        this(id, text, triggers, triggerPos, sourceBefore, steps, section, null);
    }

    /**
     * This pattern with {@code entry}'s word as its only trigger: same slots, same section, rule
     * {@code wordnet:<word>→<this id>}.
     */
    public EventPattern expandedTo(LexiconExpansion.Entry entry) {
        return new EventPattern("wordnet:" + entry.word() + "→" + id, text, Set.of(entry.word()), entry.pos(),
                sourceBefore, steps, section, entry);
    }

    /**
     * A code's header: {@code [046 reciprocal intent=036] Engage in negotiation}.
     *
     * @param pairedCode    code of the reverse event (target → source) coded with each event, as PETRARCH's
     *                      {@code [032:033]} (a visit and the receiving of it); null for none
     * @param readsModality false for imported dictionaries that code what their patterns say without reading
     *                      negation, intent or hypotheticals (PETRARCH, TABARI)
     */
    public record Section(String code, String name, boolean reciprocal, String intentCode, boolean verbal,
                          String pairedCode, boolean readsModality) {

        public Section(String code, String name, boolean reciprocal, String intentCode, boolean verbal) {
            this(code, name, reciprocal, intentCode, verbal, null, true);
        }
    }

    /** An element of a pattern besides its trigger. */
    public sealed interface Step permits Word, Slot, Marker, Before, Skip {
    }

    /**
     * PETRARCH's {@code IN ^ +}: the trigger must have a phrase introduced by {@code prep}, and a later slot that
     * takes the first complement naming an actor passes over that phrase ("celebrated Iftar in Osgiliath with
     * the leaders of Gondor" → Gondor).
     */
    public record Skip(Set<String> prep) implements Step {
    }

    /**
     * A word that must depend on the trigger (or on an earlier word): "memorandum" in "sign memorandum with".
     * {@code prep} is set when the pattern puts a preposition before it ("take part in talk"). A {@code literal} word
     * (imported patterns) matches the words as written, not their lemmas ("EFFORT" is not "efforts"), and, since
     * such words need not be adjacent, may also hang lower, on a dependent's dependent, after the trigger ("fired
     * two artillery shells" for PETRARCH's {@code * ARTILLERY}). {@code pos} is 'n' or 'v' when the pattern
     * writes {@code force:n} (the troops, not "were forced to"), else 0.
     */
    public record Word(Set<String> lemmas, Set<String> prep, boolean optional, boolean literal, char pos)
            implements Step {

        public Word(Set<String> lemmas, Set<String> prep, boolean optional) {
            this(lemmas, prep, optional, false, (char) 0);
        }

        public Word(Set<String> lemmas, Set<String> prep, boolean optional, boolean literal) {
            this(lemmas, prep, optional, literal, (char) 0);
        }
    }

    /** A slot: {@code role} is 'S' or 'T'; {@code prep} empty for a direct object; {@code conjunct} for "and {T}". */
    public record Slot(char role, Set<String> prep, boolean conjunct) implements Step {

        /** {@code prep} of a slot filled by the first complement that names an actor (imported patterns). */
        public static final Set<String> ANY = Set.of("*");
        /** {@code prep} of a slot filled by the trigger's subject (PETRARCH's target before the verb). */
        public static final Set<String> SUBJECT = Set.of("<");

        public boolean any() {
            return prep.equals(ANY);
        }

        public boolean subject() {
            return prep.equals(SUBJECT);
        }
    }

    /**
     * Words that come before the trigger in imported patterns ({@code SAID *}, {@code WILL NOT *}): each must be
     * a word of the trigger's clause before it (a dependent, a governing verb or a dependent of one). Each
     * alternative is one word or several separated by spaces ("did n't"). When {@code adjacent}
     * ({@code RECENTLY_*}), the words end right before the trigger.
     */
    public record Before(Set<String> alternatives, boolean adjacent) implements Step {

        /** Words anywhere in the clause before the trigger. */
        public Before(Set<String> alternatives) {
            this(alternatives, false);
        }
    }

    /**
     * A trailing preposition with no slot: the trigger must have a phrase it introduces ("attack {T} for"). A
     * {@code deep} one (imported patterns, which PETRARCH reads left to right) may introduce a phrase further down
     * ("welcomed assurances on cultural issues sent from Bree" for {@code ASSURANCES_ON &TIETYPES FROM}).
     */
    public record Marker(Set<String> prep, boolean deep) implements Step {

        public Marker(Set<String> prep) {
            this(prep, false);
        }
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
            } else if (step instanceof Before b) {
                words += longestPhrase(b.alternatives());
            } else if (!(step instanceof Slot slot && slot.any())) {
                // A slot that takes whatever complement names an actor adds nothing.
                words++;
            }
        }
        return words;
    }

    /** "humanitarian aid" is two words of evidence, "aid" one; PETRARCH's "death_toll" also two. */
    static int longestPhrase(Set<String> alternatives) {
        int longest = 1;
        for (String a : alternatives) {
            longest = Math.max(longest, a.split("[ _]").length);
        }
        return longest;
    }

    /** Whether the pattern names words before its trigger (imported patterns only). */
    public boolean hasBefore() {
        return steps.stream().anyMatch(s -> s instanceof Before);
    }

    public boolean hasTarget() {
        return steps.stream().anyMatch(s -> s instanceof Slot slot && slot.role() == 'T');
    }
}
