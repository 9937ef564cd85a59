package detente.ingest;

/** An input that cannot become an article; the message is the one-line reason shown to the user. */
public final class IngestException extends Exception {

    private final boolean refused;

    public IngestException(String reason) {
        this(reason, null, false);
    }

    public IngestException(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private IngestException(String reason, Throwable cause, boolean refused) {
        super(reason, cause);
        this.refused = refused;
    }

    /** An input refused before anything was read: not a URL that is fetched, or a host that must not be reached. */
    public static IngestException refused(String reason) {
        return new IngestException(reason, null, true);
    }

    /** Whether the input was {@link #refused(String) refused}, rather than read and found wanting. */
    public boolean refused() {
        return refused;
    }
}
