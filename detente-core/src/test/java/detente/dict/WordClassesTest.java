package detente.dict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordClassesTest {

    enum Sample { SPEECH, FUTURE_AUX }

    private static DictionarySource dir(Path root, String yaml) throws Exception {
        Files.createDirectories(root.resolve("x"));
        Files.writeString(root.resolve("x/words.yaml"), yaml);
        return DictionarySource.overriddenBy(root);
    }

    @Test
    void classesAreReadByTheirFileNamesAndCompareInLowerCase(@TempDir Path root) throws Exception {
        WordClasses<Sample> words = WordClasses.load(dir(root, """
                - name: "speech"
                  words: ["Say", "quip"]
                - name: "future-aux"
                  words: ["will"]
                - name: "speech"      # a second entry adds to the first
                  words: ["retort"]
                """), "x/words.yaml", Sample.class);

        assertThat(words.is(Sample.SPEECH, "SAY")).isTrue();
        assertThat(words.is(Sample.SPEECH, "quip")).isTrue();
        assertThat(words.is(Sample.SPEECH, "retort")).isTrue();
        assertThat(words.is(Sample.SPEECH, "will")).isFalse();
        assertThat(words.words(Sample.FUTURE_AUX)).containsExactly("will");
    }

    @Test
    void aMisspeltClassIsAnErrorNamingTheFileAndTheKnownClasses(@TempDir Path root) throws Exception {
        DictionarySource source = dir(root, """
                - name: "speach"
                  words: ["say"]
                """);
        assertThatThrownBy(() -> WordClasses.load(source, "x/words.yaml", Sample.class))
                .hasMessageContaining(root.resolve("x/words.yaml").toString())
                .hasMessageContaining("unknown class 'speach'")
                .hasMessageContaining("known: speech, future-aux");
    }

    @Test
    void aClassTheStageReadsMustBeDefined(@TempDir Path root) throws Exception {
        DictionarySource source = dir(root, """
                - name: "speech"
                  words: ["say"]
                """);
        assertThatThrownBy(() -> WordClasses.load(source, "x/words.yaml", Sample.class))
                .hasMessageContaining("class 'future-aux' is missing");
    }

    @Test
    void everyStageFileThatShipsLoads() {
        // The built-in files define every class their stage reads (a missing one fails here, not in a user's run).
        assertThat(detente.testing.Stages.dictionaries()).isNotNull();
    }
}
