package detente.event;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NounFramesTest {

    @Test
    void readsFramesWithCommentsAndPhrases() throws Exception {
        NounFrames frames = NounFrames.parse(new StringReader("""
                # how a noun's act is told
                [carrying]
                launch carry_out   # particle verbs joined by _
                Hold
                [averting]
                avert
                """), "test.txt");
        assertThat(frames.carrying()).containsExactlyInAnyOrder("launch", "carry_out", "hold");
        assertThat(frames.averting()).containsExactly("avert");
        assertThat(frames.reporting()).isEmpty();
    }

    @Test
    void anUnknownFrameOrWordsBeforeAFrameNameTheLine() {
        assertThatThrownBy(() -> NounFrames.parse(new StringReader("[carrying]\nlaunch\n[lighting]\n"), "f.txt"))
                .hasMessageContaining("f.txt line 3").hasMessageContaining("unknown frame");
        assertThatThrownBy(() -> NounFrames.parse(new StringReader("launch\n"), "f.txt"))
                .hasMessageContaining("f.txt line 1");
    }

    @Test
    void theBuiltInFramesHaveEveryFrame() {
        NounFrames frames = NounFrames.builtIn();
        assertThat(frames.carrying()).contains("launch", "carry_out", "hold", "pay", "sign", "stage", "exchange");
        assertThat(frames.undertaking()).contains("pledge", "cancel", "order");
        assertThat(frames.exchanging()).contains("exchange", "trade");
        assertThat(frames.occurring()).contains("take_place", "kill");
        assertThat(frames.averting()).contains("avert", "prevent");
        assertThat(frames.possible()).contains("possibility");
        assertThat(frames.setting()).contains("during");
        assertThat(frames.claiming()).contains("claim");
    }
}
