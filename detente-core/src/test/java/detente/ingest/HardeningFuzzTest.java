package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Seeded random cases against the input limits: pages nested past the depth cap, UTF-8 with stray bytes, and
 * private IPv4 addresses hidden in IPv6 forms. CI runs {@value #DEFAULT_CASES} cases of each; a long run sets
 * {@code -Ddetente.fuzz.cases=100000} (and {@code -Ddetente.fuzz.seed=N} for other cases; see docs/server.md).
 */
class HardeningFuzzTest {

    static final int DEFAULT_CASES = 200;
    private static final int CASES = Integer.getInteger("detente.fuzz.cases", DEFAULT_CASES);
    private static final long SEED = Long.getLong("detente.fuzz.seed", 20241208L);
    private static final String[] TAGS = {"div", "section", "p", "span", "ul", "li", "a", "table", "td", "b"};
    private static final String[] WORDS = {"Iran", "Türkiye", "talks", "said", "Ankara", "şehir", "agreed,", "trade.",
        "ministers", "Dışişleri", "on", "Wednesday"};

    @Test
    void pagesOfAnyShapeAreCutToTheDepthCapKeepingTheirDeepestText() {
        Random random = new Random(SEED);
        ContentExtractor extractor = new ContentExtractor();
        for (int c = 0; c < CASES; c++) {
            int depth = 1 + random.nextInt(c % 10 == 0 ? 3_000 : 300);
            StringBuilder html = new StringBuilder("<html><body>");
            for (int d = 0; d < depth; d++) {
                html.append('<').append(TAGS[random.nextInt(TAGS.length)]).append('>');
                if (random.nextInt(8) == 0) {
                    html.append(sentence(random));
                }
            }
            String deepest = "Deepest words " + c + " were said in Ankara on Wednesday, officials said.";
            html.append("<p>").append(deepest).append("</p></body></html>");
            Document document = Jsoup.parse(html.toString());
            NestingCap.flatten(document.body(), NestingCap.MAX_DEPTH);
            int max = 0;
            for (Element e : document.body().getAllElements()) {
                int d = 0;
                for (Element p = e; p != document.body(); p = p.parent()) {
                    d++;
                }
                max = Math.max(max, d);
            }
            assertThat(max).as("case %d, depth %d", c, depth).isLessThanOrEqualTo(NestingCap.MAX_DEPTH + 1);
            assertThat(document.body().text()).as("case %d", c).contains(deepest);
            extractor.extract(Jsoup.parse(html.toString())); // and the whole extraction copes
        }
    }

    @Test
    void utf8WithAFewStrayBytesStaysUtf8AndNamesTheFirstBadByte() throws Exception {
        Random random = new Random(SEED + 1);
        TextDecoder decoder = new TextDecoder();
        for (int c = 0; c < CASES; c++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 20 + random.nextInt(200); w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            text.append("Türkiye.");
            byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(good.length);
            while (at < good.length && (good[at] & 0xC0) == 0x80) {
                at++; // a stray byte between characters, not inside one
            }
            byte[] bytes = new byte[good.length + 1];
            System.arraycopy(good, 0, bytes, 0, at);
            bytes[at] = (byte) (0xF8 + random.nextInt(8)); // never valid in UTF-8
            System.arraycopy(good, at, bytes, at + 1, good.length - at);

            DecodedText decoded = decoder.decode(bytes, null);

            assertThat(decoded.charset()).as("case %d", c).isEqualTo(StandardCharsets.UTF_8);
            assertThat(decoded.text().replace("\uFFFD", "")).as("case %d", c).isEqualTo(text.toString());
            assertThat(decoded.warning()).as("case %d", c).contains("at byte " + at + ";");
        }
    }

    @Test
    void aPrivateIpv4AddressIsRefusedInEveryIpv6Disguise() throws Exception {
        Random random = new Random(SEED + 2);
        int[][] privateNets = {{10, 8}, {127, 8}, {169 << 8 | 254, 16}, {172 << 8 | 16, 12}, {192 << 8 | 168, 16},
            {100 << 8 | 64, 10}, {0, 8}, {198 << 8 | 18, 15}, {240, 4}};
        for (int c = 0; c < CASES; c++) {
            int[] net = privateNets[random.nextInt(privateNets.length)];
            int prefixBits = net[1];
            long base = net[0] >= 256 ? (long) net[0] << 16 : (long) net[0] << 24;
            long host = random.nextInt() & 0xffffffffL & ((1L << (32 - prefixBits)) - 1);
            long v4 = base | host;
            String dotted = (v4 >> 24 & 255) + "." + (v4 >> 16 & 255) + "." + (v4 >> 8 & 255) + "." + (v4 & 255);
            String hex = Long.toHexString(v4 >> 16 & 0xffff) + ":" + Long.toHexString(v4 & 0xffff);
            for (String form : new String[] {dotted, "::ffff:" + dotted, "::" + dotted, "64:ff9b::" + dotted,
                    "2002:" + hex + "::1", "64:ff9b::" + hex}) {
                assertThat(PageFetcher.isPublic(InetAddress.getByName(form))).as("case %d: %s", c, form).isFalse();
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3 + random.nextInt(8); i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return s.toString();
    }
}
