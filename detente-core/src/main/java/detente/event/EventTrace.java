package detente.event;

/** Receives the coder's reasoning, one line per decision; {@code detente explain} prints it. */
@FunctionalInterface
public interface EventTrace {

    EventTrace NONE = line -> { };

    void note(String line);
}
