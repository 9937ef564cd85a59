package detente.actor;

import java.util.List;

/** A CAMEO agent code and the role words that make it ({@code actors/agents.yaml}). */
public record Agent(String code, List<String> words) {

    public Agent {
        words = Country.orEmpty(words);
    }
}
