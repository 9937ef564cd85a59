package detente.actor;

import java.util.Optional;

/**
 * Where a place that no actor dictionary names lies: "the mayor of Nablus" is Palestinian, "exercises in Alaska"
 * happen in the United States. The standard pipeline answers from the facts stage's gazetteer.
 */
@FunctionalInterface
public interface PlaceNames {

    /** Knows no places. */
    PlaceNames NONE = name -> Optional.empty();

    /** The ISO3 code of the country {@code name} lies in, when that is certain. */
    Optional<String> countryOf(String name);
}
