package detente.doc;

/**
 * Where something happened, resolved through the gazetteer.
 *
 * @param name      the place as the article names it ("Erbil", "the Red Sea", "northern Iraq")
 * @param country   ISO 3166-1 alpha-3 (CAMEO) code, or null for international waters
 * @param admin1    first-level administrative division (province, governorate, state) where known, else null
 * @param lat       latitude of the resolved place, WGS84 degrees
 * @param lon       longitude of the resolved place, WGS84 degrees
 * @param precision {@code city}, {@code region} or {@code country}: what the coordinates stand for
 */
public record Place(String name, String country, String admin1, double lat, double lon, String precision) {
}
