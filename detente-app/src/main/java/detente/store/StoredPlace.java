package detente.store;

import detente.doc.Place;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads an event's resolved location back from the {@code place*} columns of events and event_mentions. */
final class StoredPlace {

    /** The time expression an event's date came from, from the {@code date_*} columns; null when none. */
    static detente.doc.TextSpan dateSpan(ResultSet r) throws SQLException {
        String text = r.getString("date_text");
        return text == null ? null : new detente.doc.TextSpan(text, r.getInt("date_start"), r.getInt("date_end"));
    }

    private StoredPlace() {
    }

    static Place of(ResultSet r) throws SQLException {
        double lat = r.getDouble("place_lat");
        if (r.wasNull()) {
            return null;
        }
        int start = r.getInt("place_start");
        boolean noSpan = r.wasNull();
        String name = r.getString("place_name");
        return new Place(name != null ? name : r.getString("place"), r.getString("place_country"), r.getString("place_admin1"), lat,
                r.getDouble("place_lon"), r.getString("place_level"), r.getString("place_precision"),
                noSpan ? -1 : start, noSpan ? -1 : r.getInt("place_end"));
    }
}
