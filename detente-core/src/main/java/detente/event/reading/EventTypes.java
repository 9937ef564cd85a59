package detente.event.reading;

import detente.doc.Event;

import java.util.Locale;

/** The PLOVER type and five-class class an event counts as when it is scored or learnt from. */
public final class EventTypes {

    private EventTypes() {
    }

    /**
     * The event's PLOVER type as the pair data names them: CONCEDE and RETREAT are YIELD, CAMEO 01–02 (which PLOVER
     * has no type for) is STATEMENT.
     */
    public static String of(Event event) {
        return of(event.cameo(), event.plover() == null ? null : event.plover().event());
    }

    public static String of(String cameo, String ploverEvent) {
        if (ploverEvent == null || ploverEvent.isBlank()) {
            return LearnedReading.classOf(cameo) == 0 ? "STATEMENT" : "OTHER";
        }
        String type = ploverEvent.toUpperCase(Locale.ROOT);
        return type.equals("CONCEDE") || type.equals("RETREAT") ? "YIELD" : type;
    }
}
