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
        PlaceResolver resolver = new PlaceResolver(d, d.graph(), GAZETTEER, d.timexes());
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
            assertThat(p.level()).isEqualTo("city");
        });
        assertThat(places("Houthi forces attacked a ship in the Red Sea.")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Red Sea");
            assertThat(p.country()).isNull();
            assertThat(p.level()).isEqualTo("sea");
        });
        assertThat(places("Israeli troops advanced in the Gaza Strip.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("PSE"));
        assertThat(places("Turkish jets struck targets in northern Iraq.")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("northern Iraq");
            assertThat(p.country()).isEqualTo("IRQ");
            assertThat(p.level()).isEqualTo("region");
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

    @Test
    void provincesAndTransliterations() {
        assertThat(places("Government aircraft bombed towns in Idlib province.")).singleElement().satisfies(p -> {
            assertThat(p.country()).isEqualTo("SYR");
            assertThat(p.level()).isEqualTo("admin1");
        });
        assertThat(places("Syrian troops shelled villages near Deir al-Zour.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("SYR"));
        assertThat(places("Pakistan struck hideouts in Iran's Sistan-Baluchestan province.")).singleElement()
                .satisfies(p -> {
                    assertThat(p.country()).isEqualTo("IRN");
                    assertThat(p.level()).isEqualTo("admin1");
                });
        assertThat(places("The rebels took over the town of Khan Sheikhoun in southern Idlib.")).first()
                .satisfies(p -> assertThat(p.country()).isEqualTo("SYR"));
    }

    @Test
    void noCountryLevelBlunders() {
        assertThat(places("Governor Kathy Hochul signed the budget in Albany, New York.")).first()
                .satisfies(p -> assertThat(p.country()).isEqualTo("USA"));
        assertThat(places("Talks were held in the U.S on Monday.")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("USA"));
        assertThat(places("Georgian police detained protesters in Georgia's capital.")).allSatisfy(p ->
                assertThat(p.country()).isEqualTo("GEO"));
        assertThat(places("Storms hit homes in Atlanta and elsewhere in Georgia.")).allSatisfy(p ->
                assertThat(p.country()).isEqualTo("USA"));
    }

    @Test
    void organisationsBuildingsAndPeopleNamedLikePlacesAreNoPlaces() {
        assertThat(places("Students protested at Tehran University on Sunday.")).isEmpty();
        assertThat(places("The report appeared in the Washington Post.")).isEmpty();
        assertThat(places("The claim was repeated in China Daily.")).isEmpty();
        assertThat(places("A new protest was announced near the South Korean border.")).isEmpty();
    }
}
