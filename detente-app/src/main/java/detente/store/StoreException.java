package detente.store;

/** A store operation failed; the message is one line meant for the user. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
