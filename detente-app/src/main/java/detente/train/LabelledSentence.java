package detente.train;

import java.util.List;

/**
 * One sentence of training data and what it is labelled with.
 *
 * @param kind     the kind of file it comes from
 * @param origin   file and line, for messages
 * @param penta    the five-class label (0 statement … 4 material conflict), or -1 when the file gives none
 * @param pairs    marked source/target spans, by character offsets into {@code text}
 */
public record LabelledSentence(Kind kind, String origin, String text, int penta, List<Pair> pairs) {

    /**
     * Which kind of file the sentence comes from; cross-validation scores classes and pairs files, and counts what
     * the reading codes in sentences that report no event ({@code NONE}).
     */
    public enum Kind { CLASSES, PAIRS, TAGGED, VERDICT, NONE }

    public LabelledSentence {
        pairs = List.copyOf(pairs);
    }

    /** A span of the sentence, {@code [start, end)} in characters. */
    public record CharSpan(int start, int end) {
    }

    /**
     * A marked pair.
     *
     * @param type     the PLOVER type of what source does to target ({@code STATEMENT} for CAMEO 01–02), or null
     *                 when only the roles are known
     * @param source   null when the data marks no source
     * @param target   null when the data marks no target
     * @param acts     false for a pair a reviewer said is no event ("wrong" verdicts)
     */
    public record Pair(CharSpan source, CharSpan target, String type, boolean acts) {
    }
}
