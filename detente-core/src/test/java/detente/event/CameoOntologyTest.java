package detente.event;

import detente.dict.DictionarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CameoOntologyTest {

    private static final CameoOntology BUILT_IN = CameoOntology.builtIn();

    @Test
    void forceIsReadForACodeAndEveryCodeUnderItsRoot() {
        assertThat(BUILT_IN.isForce("19")).isTrue();
        assertThat(BUILT_IN.isForce("195")).isTrue();
        assertThat(BUILT_IN.isForce("1823")).isTrue();
        assertThat(BUILT_IN.isForce("173")).isTrue();
        assertThat(BUILT_IN.isForce("161")).as("reducing relations is no force").isFalse();
        assertThat(BUILT_IN.isForce("040")).isFalse();
    }

    @Test
    void aRefusalIsTheRejectionOfTheClosestCodeThatNamesOne() {
        assertThat(BUILT_IN.refusedAs("042")).as("refused to visit").isEqualTo("125");
        assertThat(BUILT_IN.refusedAs("061")).as("refused economic cooperation").isEqualTo("1211");
        assertThat(BUILT_IN.refusedAs("062")).isEqualTo("1212");
        assertThat(BUILT_IN.refusedAs("070")).as("refused aid").isEqualTo("121");
        assertThat(BUILT_IN.refusedAs("081")).isEqualTo("124");
        assertThat(BUILT_IN.refusedAs("057")).isEqualTo("120");
        assertThat(BUILT_IN.refusedAs("190")).as("'will not attack' is no rejection").isNull();
    }

    @Test
    void codesAddedForOtherCodersKeepTheColumns() {
        CameoOntology extended = BUILT_IN.withCodes(List.of("195A", "0431"));
        assertThat(extended.isForce("195A")).isTrue();
        assertThat(extended.refusedAs("0431")).isEqualTo("125");
    }

    @Test
    void aTableWithoutTheOptionalColumnsImpliesNothing(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("events"));
        Files.writeString(root.resolve("events/cameo.tsv"), """
                code\troot\tquad\tgoldstein\tplover_event\tplover_mode\tplover_context\tname
                19\t19\t4\t-10.0\tASSAULT\t\t\tFight
                04\t04\t1\t1.0\tCONSULT\t\t\tConsult
                """);
        CameoOntology plain = CameoOntology.load(DictionarySource.overriddenBy(root));
        assertThat(plain.contains("19")).isTrue();
        assertThat(plain.isForce("19")).isFalse();
        assertThat(plain.refusedAs("04")).isNull();
    }
}
