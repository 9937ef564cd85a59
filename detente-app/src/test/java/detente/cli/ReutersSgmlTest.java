package detente.cli;

import detente.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReutersSgmlTest {

    @TempDir
    Path dir;

    @Test
    void readsDatedTitledStoriesWithABodyAndSkipsTheRest() throws Exception {
        Files.writeString(dir.resolve("reut2-000.sgm"), """
                <!DOCTYPE lewis SYSTEM "lewis.dtd">
                <REUTERS TOPICS="YES" NEWID="1">
                <DATE>26-FEB-1987 15:01:01.79</DATE>
                <TEXT>&#2;
                <TITLE>IRAN SAYS &lt;NIOC&gt; CUTS OUTPUT</TITLE>
                <BODY>Iran cut oil output, officials said &amp; added more.
                 Reuter
                &#3;</BODY></TEXT>
                </REUTERS>
                <REUTERS TOPICS="NO" NEWID="2">
                <DATE>27-FEB-1987 10:00:00.00</DATE>
                <TEXT TYPE="BRIEF">&#2;<TITLE>NO BODY HERE</TITLE></TEXT>
                </REUTERS>
                """, StandardCharsets.ISO_8859_1);
        List<Article> articles = ReutersSgml.read(dir, 10);
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.id()).isEqualTo("reut2-000.sgm#1");
        assertThat(a.title()).isEqualTo("IRAN SAYS <NIOC> CUTS OUTPUT");
        assertThat(a.date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(a.text()).isEqualTo("IRAN SAYS <NIOC> CUTS OUTPUT\n\nIran cut oil output, officials said & added more.");
    }
}
