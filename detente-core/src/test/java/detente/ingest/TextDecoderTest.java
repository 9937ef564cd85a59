package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TURKISH = "Dışişleri Bakanı Hakan Fidan, İran'ın başkenti Tahran'da görüşmeler yaptı. "
            + "Görüşmede ikili ilişkiler ve bölgesel gelişmeler ele alındı; Şubat ayında yeniden buluşacaklar.";
    private static final String FRENCH = "Le ministre a déclaré à la presse que les négociations reprendraient "
            + "« très bientôt » — peut-être dès février, a-t-il ajouté.";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesTurkishIso88599() throws Exception {
        byte[] bytes = TURKISH.getBytes(Charset.forName("ISO-8859-9"));

        assertThat(decoder.decode(bytes, null).text()).isEqualTo(TURKISH);
    }

    @Test
    void decodesWindows1252() throws Exception {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));

        DecodedText decoded = decoder.decode(bytes, null);

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void prefersUtf8WhenTheBytesAreValidUtf8() throws Exception {
        assertThat(decoder.decode(TURKISH.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(TURKISH);
    }

    @Test
    void readsUtf8WithOneStrayByteAsUtf8AndSaysWhere() throws Exception {
        byte[] good = ("ANKARA - Türkiye and İran agreed on Wednesday. " + TURKISH).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        int at = 30;
        System.arraycopy(good, 0, bytes, 0, at);
        bytes[at] = (byte) 0xFF;
        System.arraycopy(good, at, bytes, at + 1, good.length - at);

        DecodedText decoded = decoder.decode(bytes, null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("Türkiye", "Dışişleri").doesNotContain("Ã").contains("\uFFFD");
        assertThat(decoded.warning()).contains("byte " + at);
    }

    @Test
    void textInASingleByteCharsetIsNotTakenForBrokenUtf8() throws Exception {
        DecodedText decoded = decoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")), null);

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.warning()).isNull();
    }

    @Test
    void honoursByteOrderMarks() throws Exception {
        byte[] utf16 = ("\ufeff" + FRENCH).getBytes(StandardCharsets.UTF_16LE);

        DecodedText decoded = decoder.decode(utf16, null);

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.how()).isEqualTo("bom");
    }

    @Test
    void honoursMetaCharsetAndTransportCharset() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-9\"></head><body>" + TURKISH + "</body></html>";
        byte[] bytes = html.getBytes(Charset.forName("ISO-8859-9"));

        assertThat(decoder.decode(bytes, null).text()).isEqualTo(html);
        assertThat(decoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")),
                "text/html; charset=windows-1252").how()).isEqualTo("declared by transport");
    }

    @Test
    void ignoresADeclarationTheBytesContradict() throws Exception {
        String html = "<meta charset=utf-8><p>" + FRENCH;
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

        assertThat(decoder.decode(bytes, null).text()).isEqualTo(html);
    }

    @Test
    void refusesEmptyAndBinaryInput() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], null)).hasMessage("empty");
        assertThatThrownBy(() -> decoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, null))
                .isInstanceOf(IngestException.class).hasMessageStartingWith("binary data");
    }
}
