package detente.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * A named organisation, armed group or bloc ({@code organisations.yaml}, {@code groups.yaml},
 * {@code blocs.yaml}): a group key, a CAMEO code, and the period the name is in use.
 *
 * @param people the key of the people ({@code type: "ETH"} entry) whose armed group this is: "Kurdish forces"
 *               after the YPG has been named are the YPG; null for most groups
 */
public record Organisation(String key, String code, String name, List<String> aliases, String type,
                           String country, List<String> sponsors, LocalDate from, LocalDate to, String people) {

    public Organisation {
        aliases = Country.orEmpty(aliases);
        sponsors = Country.orEmpty(sponsors);
    }

    public boolean activeOn(LocalDate date) {
        return date == null || ((from == null || !date.isBefore(from)) && (to == null || date.isBefore(to)));
    }
}
