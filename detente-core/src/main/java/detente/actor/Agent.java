package detente.actor;

import java.util.List;

/**
 * A CAMEO agent code and the role words that make it ({@code actors/agents.yaml}).
 *
 * @param prefix the code goes before the country's rather than after it, as PETRARCH's {@code [NGO~]} agents do:
 *               "MSF Arnor" is NGOARN, "an MSF Arnor diplomat" NGOARNGOV
 * @param country the country whose institution the words name when nothing else in the text gives one:
 *               "Congress" alone is the US Congress (USALEG), "Peru's Congress" is PERLEG; null for most words
 */
public record Agent(String code, List<String> words, boolean prefix, String country) {

    public Agent {
        words = Country.orEmpty(words);
    }

    public Agent(String code, List<String> words, boolean prefix) {
        this(code, words, prefix, null);
    }

    public Agent(String code, List<String> words) {
        this(code, words, false, null);
    }
}
