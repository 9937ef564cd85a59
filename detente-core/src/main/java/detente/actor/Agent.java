package detente.actor;

import java.util.List;

/**
 * A CAMEO agent code and the role words that make it ({@code actors/agents.yaml}).
 *
 * @param prefix the code goes before the country's rather than after it, as PETRARCH's {@code [NGO~]} agents do:
 *               "MSF Arnor" is NGOARN, "an MSF Arnor diplomat" NGOARNGOV
 */
public record Agent(String code, List<String> words, boolean prefix) {

    public Agent {
        words = Country.orEmpty(words);
    }

    public Agent(String code, List<String> words) {
        this(code, words, false);
    }
}
