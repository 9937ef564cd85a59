package detente.fact;

import detente.doc.Article;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Place;
import detente.doc.Sentence;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceResolverTest {

    private static final Pipeline PIPELINE = Stages.pipeline();
    private static final Gazetteer GAZETTEER = Stages.dictionaries().facts().gazetteer();

    private static List<Place> places(String text) {
        Document d = PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24), text));
        PlaceResolver resolver = new PlaceResolver(d, new DependencyGraph(d), GAZETTEER, d.timexes());
        List<Place> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            resolver.inSentence(s).forEach(f -> {
                assertThat(d.text().substring(f.start(), f.end())).isEqualTo(f.place().name());
                out.add(f.place());
            });
        }
        return out;
    }

    @Test
    void citiesRegionsWatersAndCountries() {
        assertThat(places("Missiles struck a building in Erbil.")).singleElement().satisfies(p -> {
            assertThat(p.country()).isEqualTo("IRQ");
            assertThat(p.admin1()).isEqualTo("Erbil");
            assertThat(p.precision()).isEqualTo("city");
        });
        assertThat(places("Houthi forces attacked a ship in the Red Sea.")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Red Sea");
            assertThat(p.country()).isNull();
            assertThat(p.precision()).isEqualTo("region");
        });
        assertThat(places("Israeli troops advanced in the Gaza Strip.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("PSE"));
        assertThat(places("Turkish jets struck targets in northern Iraq.")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("northern Iraq");
            assertThat(p.country()).isEqualTo("IRQ");
            assertThat(p.precision()).isEqualTo("country");
        });
        assertThat(places("The blasts struck in the southeastern city of Kerman.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("IRN"));
    }

    @Test
    void anAmbiguousCityGoesToACountryTheArticleTalksAbout() {
        assertThat(places("Lebanese troops deployed in Tripoli after clashes. Lebanon's army said calm returned."))
                .singleElement().satisfies(p -> assertThat(p.country()).isEqualTo("LBN"));
        assertThat(places("Libyan forces deployed in Tripoli after clashes. Libya's government said calm returned."))
                .singleElement().satisfies(p -> assertThat(p.country()).isEqualTo("LBY"));
        assertThat(places("American and Israeli officials met in Paris.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("FRA"));
    }
}
