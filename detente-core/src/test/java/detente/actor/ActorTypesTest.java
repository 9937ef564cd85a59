package detente.actor;

import detente.dict.DictionarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTypesTest {

    private static final ActorTypes TYPES = ActorTypes.builtIn();

    @Test
    void theCameoTypeCodesShip() {
        assertThat(TYPES.codes()).hasSize(41).contains("GOV", "MIL", "CVL", "NGO", "IGO", "SET");
    }

    @Test
    void aBareTypeWithNoCountryOrGroupIsARoleOnly() {
        assertThat(TYPES.isRoleOnly("GOV", null, null)).isTrue();
        assertThat(TYPES.isRoleOnly("---MIL", null, null)).isTrue();
        assertThat(TYPES.isRoleOnly("GOV", "", "")).isTrue();
        assertThat(TYPES.isRoleOnly("IRNGOV", "IRN", null)).isFalse();
        assertThat(TYPES.isRoleOnly("IGOUNO", null, "UNO")).as("a known group names someone").isFalse();
        assertThat(TYPES.isRoleOnly("ISIS", null, null)).as("not a type code").isFalse();
        assertThat(TYPES.isRoleOnly(null, null, null)).isFalse();
    }

    @Test
    void aMalformedCodeIsAnErrorWithTheLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("actors"));
        Files.writeString(root.resolve("actors/types.tsv"), "code\tname\nGOV\tGovernment\nmil\tMilitary\n");
        assertThatThrownBy(() -> ActorTypes.load(DictionarySource.overriddenBy(root)))
                .hasMessageContaining("types.tsv line 3")
                .hasMessageContaining("'mil'");
    }
}
