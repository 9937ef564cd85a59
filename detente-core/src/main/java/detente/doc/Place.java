package detente.doc;

/**
 * Where something happened, resolved through the gazetteer.
 *
 * @param name      the place as the article names it ("Erbil", "the Red Sea", "northern Iraq")
 * @param country   ISO 3166-1 alpha-3 (CAMEO) code, or null for international waters and regions
 * @param admin1    first-level administrative division (province, governorate, state) where known, else null
 * @param lat       latitude of the resolved place, WGS84 degrees
 * @param lon       longitude of the resolved place, WGS84 degrees
 * @param level     what the coordinates stand for: {@code point}, {@code city}, {@code admin1}, {@code region},
 *                  {@code country} or {@code sea}
 * @param precision how the event came by the place: named in its {@code clause}, its {@code sentence}, its
 *                  {@code paragraph}, the article's {@code dateline}, or the {@code article}'s dominant place;
 *                  null for a place not (yet) given to an event
 * @param start     offset of the name in the article text
 * @param end       offset after the name
 */
public record Place(String name, String country, String admin1, double lat, double lon, String level,
                    String precision, int start, int end) {

    /** The same place, given to an event with this precision. */
    public Place withPrecision(String newPrecision) {
        return new Place(name, country, admin1, lat, lon, level, newPrecision, start, end);
    }
}
