package detente;

import detente.dict.DictionarySource;
import detente.doc.*;
import detente.event.EventCoder;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.time.LocalDate;

class CodingScratch {
    @Test
    void dump() {
        Dictionaries dicts = Dictionaries.load(DictionarySource.overriddenBy(Path.of(System.getProperty("dict", "/tmp/minidict"))));
        var pipeline = Detente.pipeline(detente.nlp.corenlp.CoreNlpStage.shared(), dicts);
        String[] texts = System.getProperty("texts", "Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday.|Germany invaded France.|Pakistan launched airstrikes on Iran.|Turkey condemned Israel's attacks on Gaza.|Iran and Turkey signed a memorandum on trade. Raisi did not meet Netanyahu. Turkish soldiers were killed in attacks by the PKK.|Raisi attacked the United States for its support for Israel. Talks between Iran and Türkiye resumed. Raisi will visit Turkey. He met his Turkish counterpart. Iran-backed Houthis attacked Israel.").split("\\|");
        for (String t : texts) {
            Document d = pipeline.process(Article.of("x", LocalDate.of(2024,1,24), t));
            System.out.println("== " + t);
            for (Mention m : d.mentions()) System.out.println("   M " + m.text() + " -> " + m.actor() + " via " + m.via() + (m.sponsor()!=null?" sponsor "+m.sponsor():""));
            for (Event e : d.events()) System.out.println("   E " + e.source().code() + " -> " + (e.target()==null?null:e.target().code()) + " " + e.cameo() + " [" + e.rule() + "] " + e.confidence());
        }
    }
}
