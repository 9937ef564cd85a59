package detente.actor;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchAgentReaderTest {

    private static final String AGENTS = """
            <!-- agents -->
            !PERSON! = MAN, MEN, WOMAN
            PRESIDENT [~GOV] # a suffix agent
            TROOPS {}  [~MIL]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
            CONGRESS!PERSON! [~LEG]
            POLICE {} [ ~COP]
            MSF {}  [NGO~]
            NONSENSE LINE
            """;

    @Test
    void readsSuffixAgentsPluralsAndSubstitutions() {
        PetrarchAgentReader.Result result = PetrarchAgentReader.read(new StringReader(AGENTS), "fixture.agents.txt");
        assertThat(result.agents()).extracting(Agent::code).containsExactly("GOV", "MIL", "LEG", "COP", "NGO");
        assertThat(result.agents()).extracting(Agent::prefix).containsExactly(false, false, false, false, true);
        Agent gov = result.agents().get(0);
        assertThat(gov.words()).containsExactly("president", "attorney general", "attorneys general");
        assertThat(result.agents().get(2).words()).containsExactly("congressman", "congressmen", "congresswoman");
        assertThat(result.entries()).isEqualTo(7);
        assertThat(result.loaded()).isEqualTo(6);
        assertThat(result.skipped()).hasSize(1).anyMatch(s -> s.contains("NONSENSE"));
    }

    @Test
    void agentsComposeWithPetrarchCountries() {
        ActorDictionary dictionary = PetrarchActorReader.read(new StringReader("ARNOR [ARN]\n"), "a").dictionary()
                .plus(ActorDictionary.of(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        PetrarchAgentReader.read(new StringReader(AGENTS), "b").agents()));
        assertThat(dictionary.find("troops")).extracting(t -> t.agent().code()).containsExactly("MIL");
        assertThat(ActorCodes.join("USAGOV", "GOV")).isEqualTo("USAGOV");
        assertThat(ActorCodes.join("HGWGOVMED", "GOVMED")).isEqualTo("HGWGOVMED");
        assertThat(ActorCodes.join("ARN", "REL")).isEqualTo("ARNREL");
    }

    @Test
    void prefixAgentsGoBeforeTheCountry() {
        ActorDictionary dictionary = PetrarchActorReader.read(new StringReader("ARNOR [ARN]\nGONDOR [GON]\n"), "a")
                .dictionary().plus(ActorDictionary.of(java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        PetrarchAgentReader.read(new StringReader(AGENTS + "DIPLOMAT [~GOV]\n"), "b").agents()));
        ActorResolver resolver = new ActorResolver(dictionary);
        detente.doc.Document d = detente.testing.Parses.stage().apply(detente.doc.Document.of(
                detente.doc.Article.of("t", java.time.LocalDate.of(1995, 1, 1),
                        "An MSF Arnor diplomat met MSF Gondor on Monday.")));
        assertThat(resolver.resolve(d)).extracting(m -> m.actor().code()).containsExactly("NGOARNGOV", "NGOGON");
    }
}
