package detente.analysis;

/** A query behind an analysis failed. */
public final class AnalysisException extends RuntimeException {

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
