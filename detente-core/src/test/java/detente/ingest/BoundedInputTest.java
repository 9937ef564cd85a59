package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BoundedInputTest {

    @Test
    void readsUpToTheCap() throws Exception {
        assertThat(BoundedInput.readAll(new ByteArrayInputStream(new byte[1024]), 1024)).hasSize(1024);
        assertThatThrownBy(() -> BoundedInput.readAll(new ByteArrayInputStream(new byte[1025]), 1024))
                .hasMessage("too large: more than 1 KB (raise the limit with --max-bytes)");
    }

    @Test
    void unpacksGzipWithinTheCap() throws Exception {
        byte[] zipped = gzip(new byte[100_000]);

        assertThat(BoundedInput.isGzip(zipped)).isTrue();
        assertThat(BoundedInput.gunzip(zipped, 200_000)).hasSize(100_000);
        assertThatThrownBy(() -> BoundedInput.gunzip(zipped, 10 * 1024)).hasMessageStartingWith("too large");
    }

    @Test
    void reportsTruncatedGzip() throws Exception {
        byte[] zipped = gzip("some text that is long enough to be cut ".repeat(50).getBytes());
        byte[] cut = Arrays.copyOf(zipped, zipped.length / 2);

        assertThatThrownBy(() -> BoundedInput.gunzip(cut, 1 << 20)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("truncated or corrupt gzip data");
    }

    @Test
    void writesSizesForPeople() {
        assertThat(BoundedInput.humanSize(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(BoundedInput.humanSize(2048)).isEqualTo("2 KB");
        assertThat(BoundedInput.humanSize(1000)).isEqualTo("1000 bytes");
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
