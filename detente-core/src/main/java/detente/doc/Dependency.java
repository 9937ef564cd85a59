package detente.doc;

/**
 * A Universal Dependencies edge between two tokens, by document-wide token index. The root edge has
 * {@code head == -1} and relation {@code root}. Relations keep their subtype, e.g. {@code obl:against}.
 */
public record Dependency(int head, int dependent, String relation) {

    public static final int ROOT = -1;

    /** The relation without its subtype: {@code obl:against} → {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype, e.g. the preposition of {@code obl:against}, or empty. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
