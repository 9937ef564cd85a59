package detente.event;

import detente.dict.DictionarySource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconExpansionTest {

    private static final CameoOntology ONTOLOGY = CameoOntology.builtIn();

    private static EventDictionary patterns(String text) throws Exception {
        return EventDictionary.parse(new StringReader(text), "patterns.txt", ONTOLOGY);
    }

    private static LexiconExpansion expansion(String tsv) throws Exception {
        return LexiconExpansion.parse(new StringReader(tsv), "lexicon-expansions.tsv");
    }

    private static final String PATTERNS = """
            [195] Employ aerial weapons
            {S} bomb:v {T}
            [112] Accuse, not specified below
            {S} accuse {T} of aggression
            {S} accuse {T}
            [190] Use conventional military force
            {S} attack {T}
            """;

    @Test
    void aWordNoPatternListsBorrowsThePatternsOfItsTrigger() throws Exception {
        EventDictionary d = patterns(PATTERNS).withExpansion(expansion("""
                # word	pos	via-trigger	relation	sense
                bombard	v	bomb	synonym	1
                charge	v	accuse	synonym	1
                """));
        assertThat(d.forTrigger("bombard")).extracting(EventPattern::id)
                .containsExactly("wordnet:bombard→195:{S} bomb:v {T}");
        EventPattern bombard = d.forTrigger("Bombard").get(0);
        // Same slots and section as the pattern it borrows; only the trigger differs.
        assertThat(bombard.triggers()).containsExactly("bombard");
        assertThat(bombard.triggerPos()).isEqualTo('v');
        assertThat(bombard.steps()).isEqualTo(d.forTrigger("bomb").get(0).steps());
        assertThat(bombard.section()).isEqualTo(d.forTrigger("bomb").get(0).section());
        assertThat(bombard.expansion().relation()).isEqualTo("synonym");
        // Every pattern of the trigger is lent, so the most specific still wins ("charged Iran with aggression").
        assertThat(d.forTrigger("charge")).extracting(EventPattern::id).containsExactly(
                "wordnet:charge→112:{S} accuse {T} of aggression", "wordnet:charge→112:{S} accuse {T}");
        assertThat(d.forTrigger("attack")).extracting(EventPattern::expansion).containsOnlyNulls();
    }

    @Test
    void aVerbWithItsParticleIsFoundFromTheVerb() throws Exception {
        EventDictionary d = patterns("[120] Reject\n{S} reject {T}\n")
                .withExpansion(expansion("brush aside\tv\treject\tsynonym\t1\n"));
        assertThat(d.forTrigger("brush")).extracting(EventPattern::triggers)
                .containsExactly(java.util.Set.of("brush aside"));
    }

    @Test
    void whatIsWrittenWinsOverAnExpansion() throws Exception {
        EventDictionary d = patterns(PATTERNS).withExpansion(expansion("attack\tv\tbomb\tsynonym\t1\n"));
        assertThat(d.forTrigger("attack")).extracting(EventPattern::id).containsExactly("190:{S} attack {T}");
    }

    @Test
    void aWordAsWrittenNeverBorrowsWhenItsLemmaIsListed() throws Exception {
        EventDictionary d = patterns(PATTERNS).withExpansion(expansion("attacks\tn\tbomb\tsynonym\t1\n"
                + "assail\tv\tattack\tsynonym\t1\n"));
        assertThat(d.forToken("attack", "attacks")).extracting(EventPattern::id).containsExactly("190:{S} attack {T}");
        assertThat(d.forToken("assail", "assailed")).extracting(EventPattern::id)
                .containsExactly("wordnet:assail→190:{S} attack {T}");
        assertThat(d.forToken("assailed", "assailed")).isEmpty();
    }

    @Test
    void aNounDoesNotBorrowAVerbOnlyPattern() throws Exception {
        EventDictionary d = patterns(PATTERNS).withExpansion(expansion("bombardment\tn\tbomb\thyponym\t1\n"));
        assertThat(d.forTrigger("bombardment")).isEmpty();
    }

    @Test
    void importedPatternsAddedOnTopAreLentTooButReplacingThemDropsTheExpansion() throws Exception {
        EventDictionary builtIn = patterns(PATTERNS).withExpansion(expansion("assail\tv\tattack\tsynonym\t1\n"));
        EventDictionary imported = patterns("[193] Fight with small arms\n{S} attack {T} with rifle\n");
        assertThat(builtIn.plus(imported).forTrigger("assail")).extracting(EventPattern::code)
                .containsExactly("190", "193");
        assertThat(imported.forTrigger("assail")).isEmpty();
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThatThrownBy(() -> expansion("# header\nbombard\tv\tbomb\n"))
                .hasMessageContaining("lexicon-expansions.tsv line 2").hasMessageContaining("got 3 column(s)")
                .hasMessageContaining("word<TAB>pos<TAB>via-trigger<TAB>relation");
        assertThatThrownBy(() -> expansion("bombard\tadj\tbomb\tsynonym\n"))
                .hasMessageContaining("line 1").hasMessageContaining("v or n");
        assertThatThrownBy(() -> expansion("bombard\tv\tbomb\tsynonym\tfirst\n"))
                .hasMessageContaining("line 1").hasMessageContaining("sense must be a number");
    }

    @Test
    void aDictionaryDirectoryWithoutTheFileCodesWithoutExpansion() throws Exception {
        Path dir = Files.createTempDirectory("dict");
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/lexicon-expansions.tsv"), "# analysts' own\nassail\tv\tattack\tanalyst\n");
        assertThat(LexiconExpansion.load(DictionarySource.overriddenBy(dir)).entries())
                .containsExactly(new LexiconExpansion.Entry("assail", 'v', "attack", "analyst", 0));
        assertThat(EventDictionary.of(java.util.List.of()).expansion().entries()).isEmpty();
    }

    @Test
    void everyShippedRowBorrowsAPatternAndNamesNoWrittenTrigger() {
        EventDictionary builtIn = EventDictionary.builtIn(ONTOLOGY);
        EventDictionary written = builtIn.withExpansion(LexiconExpansion.none());
        assertThat(builtIn.expansion().entries()).isNotEmpty();
        for (LexiconExpansion.Entry entry : builtIn.expansion().entries()) {
            assertThat(written.lists(entry.word().split(" ")[0])).as(entry.word() + " is listed in patterns.txt")
                    .isFalse();
            assertThat(builtIn.forTrigger(entry.word())).as(entry + " borrows no pattern").isNotEmpty();
        }
    }
}
