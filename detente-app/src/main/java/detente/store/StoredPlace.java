package detente.store;

import detente.doc.Place;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads an event's resolved location back from the {@code place*} columns of events and event_mentions. */
final class StoredPlace {

    private StoredPlace() {
    }

    static Place of(ResultSet r) throws SQLException {
        double lat = r.getDouble("place_lat");
        if (r.wasNull()) {
            return null;
        }
        return new Place(r.getString("place"), r.getString("place_country"), r.getString("place_admin1"), lat,
                r.getDouble("place_lon"), r.getString("place_precision"));
    }
}
