package detente.ingest;

/** Something that went wrong but still yielded an article (a fetch that fell back to a feed summary, a bad date). */
public record IngestWarning(String input, String reason) {

    @Override
    public String toString() {
        return "warning: " + input + ": " + reason;
    }
}
