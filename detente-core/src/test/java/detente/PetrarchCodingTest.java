package detente;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.testing.Parses;
import detente.testing.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Coding with PETRARCH-format dictionaries of our own: how the imported pattern marks behave on parsed text. */
class PetrarchCodingTest {

    private static final String ACTORS = """
            ARNOR [ARN]
            GONDOR [GON]
            OSGILIATH [OSG]
            ERIADOR [ERI]
            """;

    private static final String AGENTS = """
            OFFICIAL [~GOV]
            LEADER [~GOV]
            REBEL [~REB]
            """;

    private static final String VERBS = """
            &CURRENCY
            +DOLLARS
            +SILVER CROWNS

            &RARECURRENCY
            +OLD SILVER CROWNS

            --- ALLOW [080] ---
            ALLOW
            - RECENTLY_* [025]

            --- ACT [100] ---
            ACT

            --- CELEBRATE [181] ---
            CELEBRATE
            - * FEAST IN ^ + [045]

            --- CONTRIBUTE [070] ---
            CONTRIBUTE
            - * &CURRENCY [903]
            - * &RARECURRENCY [904]

            --- SAID [023] ---
            SAID

            --- WELCOME [041] ---
            WELCOME
            - * ASSURANCES FROM [913]
            """;

    private static Dictionaries dictionaries;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        Path actors = Files.writeString(dir.resolve("t.actors.txt"), ACTORS);
        Path agents = Files.writeString(dir.resolve("t.agents.txt"), AGENTS);
        Path verbs = Files.writeString(dir.resolve("t.verbs.txt"), VERBS);
        dictionaries = PetrarchDictionaries.load(Stages.dictionaries(), List.of(actors), agents, verbs, false)
                .dictionaries();
    }

    private static List<String> code(String text, boolean requireTarget) {
        Document d = Detente.pipeline(Parses.stage(), dictionaries, requireTarget)
                .process(Article.of("t", LocalDate.of(1995, 1, 1), text));
        return d.events().stream().map(PetrarchCodingTest::coding).toList();
    }

    private static String coding(Event e) {
        return e.source().code() + " " + (e.target() == null ? "---" : e.target().code()) + " " + e.cameo();
    }

    @Test
    void skippedPhraseIsPassedOverForTheTarget() {
        assertThat(code("Arnor celebrated the feast in Osgiliath with the leaders of Gondor.", true))
                .containsExactly("ARN GONGOV 045");
    }

    @Test
    void wordsJoinedToTheVerbMustComeRightBeforeIt() {
        assertThat(code("Arnor recently allowed Gondor to trade.", true)).containsExactly("ARN GON 025");
        assertThat(code("Arnor recently did allow Gondor to trade.", true)).containsExactly("ARN GON 080");
    }

    @Test
    void theLongerAlternativeThatMatchedWins() {
        assertThat(code("Arnor will contribute old silver crowns to Gondor.", true)).containsExactly("ARN GON 904");
        assertThat(code("Arnor will contribute silver crowns to Gondor.", true)).containsExactly("ARN GON 903");
    }

    @Test
    void aTrailingPrepositionMayIntroduceAPhraseFurtherDown() {
        assertThat(code("Osgiliath welcomed assurances on trade sent from Eriador.", true))
                .containsExactly("OSG ERI 913");
    }

    @Test
    void aClausalSubjectActsThroughItsOwnSubject() {
        // CoreNLP reads "Osgiliath indicated" as the clausal subject of "act".
        assertThat(code("Osgiliath indicated it would act now with Gondor.", true)).containsExactly("OSG GON 100");
    }

    @Test
    void withoutARequiredTargetARoleOnlySpeakerCodes() {
        String text = "Arnor will restore full ties with Gondor next year, a senior official said on Saturday.";
        assertThat(code(text, true)).doesNotContain("---GOV --- 023");
        assertThat(code(text, false)).contains("---GOV --- 023");
    }
}
