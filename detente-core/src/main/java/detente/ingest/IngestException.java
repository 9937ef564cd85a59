package detente.ingest;

/** An input that cannot become an article; the message is the one-line reason shown to the user. */
public final class IngestException extends Exception {

    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
