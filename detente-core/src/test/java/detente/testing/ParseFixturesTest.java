package detente.testing;

import detente.doc.Dependency;
import detente.doc.Sentence;
import detente.doc.Token;
import detente.testing.ParseFixtures.Parse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParseFixturesTest {

    /** "Iran met Türkiye.\nTalks ended." as two sentences, with a second edge on one token. */
    private static Parse twoSentences() {
        String text = "Iran met Türkiye.\nTalks ended.";
        List<Token> tokens = List.of(
                new Token(0, 0, "Iran", 0, 4, "Iran", "NNP", "LOCATION"),
                new Token(1, 0, "met", 5, 8, "meet", "VBD", "O"),
                new Token(2, 0, "Türkiye", 9, 16, "Türkiye", "NNP", "LOCATION"),
                new Token(3, 0, ".", 16, 17, ".", ".", "O"),
                new Token(4, 1, "Talks", 18, 23, "talk", "NNS", "O"),
                new Token(5, 1, "ended", 24, 29, "end", "VBD", "O"),
                new Token(6, 1, ".", 29, 30, ".", ".", "O"));
        List<Dependency> deps = List.of(
                new Dependency(1, 0, "nsubj"), new Dependency(Dependency.ROOT, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(0, 2, "conj"), new Dependency(1, 3, "punct"),
                new Dependency(5, 4, "nsubj"), new Dependency(Dependency.ROOT, 5, "root"),
                new Dependency(5, 6, "punct"));
        return new Parse(text, List.of(new Sentence(0, 0, 17, 0, 4), new Sentence(1, 18, 30, 4, 7)), tokens,
                deps.stream().sorted(java.util.Comparator.comparingInt(Dependency::dependent)
                        .thenComparingInt(Dependency::head)).toList());
    }

    @Test
    void aWrittenParseReadsBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("parses.conllu");
        ParseFixtures.write(file, List.of(twoSentences()));

        Map<String, Parse> read = ParseFixtures.read(file);

        assertThat(read).containsOnlyKeys(twoSentences().text());
        assertThat(read.get(twoSentences().text())).isEqualTo(twoSentences());
    }

    @Test
    void theFileIsCoNllUAReviewerCanRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("parses.conllu");
        ParseFixtures.write(file, List.of(twoSentences()));

        assertThat(java.nio.file.Files.readString(file))
                .contains("# newdoc text = \"Iran met Türkiye.\\nTalks ended.\"")
                .contains("# sent = 1 18-30")
                .contains("3\tTürkiye\tTürkiye\t_\tNNP\t_\t1\tconj\t2:obj\tSpan=9-16|NER=LOCATION");
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() {
        String broken = "# newdoc text = \"Iran met.\"\n# sent = 0 0-9\n1\tIran\tIran\t_\tNNP\n";
        assertThatThrownBy(() -> ParseFixtures.parse(broken, "broken.conllu"))
                .hasMessageContaining("broken.conllu line 3")
                .hasMessageContaining("10 tab-separated columns");
    }

    @Test
    void aTextWithoutARecordingNamesTheCommandThatRecordsIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("parses.record", "").isEmpty(),
                "recording mode parses every text");
        assertThatThrownBy(() -> Parses.of("A sentence no test has recorded, about Ruritania and Grand Fenwick."))
                .hasMessageContaining("no recorded parse")
                .hasMessageContaining("scripts/record-parses.sh");
    }
}
