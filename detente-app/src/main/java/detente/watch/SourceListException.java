package detente.watch;

/** A sources file that cannot be used; the message names the file and the reason. */
public final class SourceListException extends RuntimeException {

    public SourceListException(String message) {
        super(message);
    }
}
