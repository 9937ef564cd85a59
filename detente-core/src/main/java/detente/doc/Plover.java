package detente.doc;

/** The PLOVER reading of a CAMEO code: event type, mode and context (mode and context may be null). */
public record Plover(String event, String mode, String context) {
}
