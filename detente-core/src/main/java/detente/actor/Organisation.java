package detente.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * A named organisation, armed group or bloc ({@code organisations.yaml}, {@code groups.yaml},
 * {@code blocs.yaml}): a group key, a CAMEO code, and the period the name is in use.
 */
public record Organisation(String key, String code, String name, List<String> aliases, String type,
                           String country, List<String> sponsors, LocalDate from, LocalDate to) {

    public Organisation {
        aliases = Country.orEmpty(aliases);
        sponsors = Country.orEmpty(sponsors);
    }

    public boolean activeOn(LocalDate date) {
        return date == null || ((from == null || !date.isBefore(from)) && (to == null || date.isBefore(to)));
    }
}
