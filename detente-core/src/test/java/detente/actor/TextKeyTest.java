package detente.actor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextKeyTest {

    @Test
    void longAcronymsMatchInTheTitleCaseSomeOutletsUse() {
        assertThat(TextKey.sameAcronym("ISIS", "Isis")).isTrue();
        assertThat(TextKey.sameAcronym("ISIL", "Isil")).isTrue();
        assertThat(TextKey.sameAcronym("NATO", "Nato")).isTrue();
        assertThat(TextKey.sameAcronym("ISIS", "ISIS")).isTrue();
    }

    @Test
    void shortAcronymsAndOtherCasingsStayExact() {
        // "Is" and "Us" are words; "isis" in lower case and "IsIs" are not how anyone writes the group.
        assertThat(TextKey.sameAcronym("IS", "Is")).isFalse();
        assertThat(TextKey.sameAcronym("US", "us")).isFalse();
        assertThat(TextKey.sameAcronym("ISIS", "isis")).isFalse();
        assertThat(TextKey.sameAcronym("ISIS", "IsIs")).isFalse();
        assertThat(TextKey.sameAcronym("U.S.", "U.S.")).isTrue();
    }

    @Test
    void keysFoldAccentsCaseAndApostrophes() {
        assertThat(TextKey.of("Côte d’Ivoire")).isEqualTo(TextKey.of("COTE D'IVOIRE"));
        assertThat(TextKey.of("Erdoğan")).isEqualTo("erdogan");
    }
}
