package detente.ingest;

/** An input (or part of one) that yielded no article, and why, in one line. */
public record IngestFailure(String input, String reason) {

    /** "bad input: feed.xml: not a valid RSS/Atom feed (...)". */
    @Override
    public String toString() {
        return "bad input: " + input + ": " + reason;
    }
}
