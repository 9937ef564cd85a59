package detente.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @Test
    void masksWireDatelinesKeepingLength() {
        String text = "ISLAMABAD/TEHRAN, Jan 18 — Pakistan carried out air strikes.\n\n"
                + "ANKARA (Reuters) - Turkey said.\n\nWASHINGTON, Jan. 12, 2024 -- \"We act,\" he said.";
        String masked = Datelines.mask(text);
        assertThat(masked).hasSameSizeAs(text);
        assertThat(masked).doesNotContain("ISLAMABAD", "ANKARA", "Reuters", "WASHINGTON", "Jan 18");
        assertThat(masked).contains("Pakistan carried out air strikes.", "Turkey said.", "\"We act,\" he said.");
        assertThat(masked.indexOf("Pakistan")).isEqualTo(text.indexOf("Pakistan"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        for (String text : new String[] {"NATO - the alliance - met.", "Iran said the US - not Israel - acted.",
                "The UN Security Council met on Friday.", "IRAN AND PAKISTAN AGREE"}) {
            assertThat(Datelines.mask(text)).isEqualTo(text);
        }
    }
}
