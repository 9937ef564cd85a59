package detente.fact;

import detente.dict.DictionarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load(DictionarySource.builtIn());

    @Test
    void citiesRegionsAndCountriesLoad() {
        assertThat(GAZETTEER.size()).isGreaterThan(150_000);
        assertThat(GAZETTEER.cities("Erbil")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("IRQ");
            assertThat(e.lat()).isBetween(36.0, 36.4);
        });
        assertThat(GAZETTEER.region("the Red Sea")).hasValueSatisfying(e -> assertThat(e.country()).isNull());
        assertThat(GAZETTEER.region("Baluchistan")).hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("PAK"));
        assertThat(GAZETTEER.country("Türkiye")).hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("TUR"));
        assertThat(GAZETTEER.country("Turkiye")).isPresent();
    }

    @Test
    void namesMatchWithoutCaseAccentsOrHyphens() {
        assertThat(Gazetteer.key("Sistan-Baluchestan")).isEqualTo("sistan baluchestan");
        assertThat(Gazetteer.key("the Gaza Strip")).isEqualTo("gaza strip");
        assertThat(Gazetteer.key("Erdoğan")).isEqualTo("erdogan");
    }

    @Test
    void theCountryOfAPlaceOnlyWhenThereIsNoDoubt() {
        assertThat(GAZETTEER.countryOf("South Carolina")).hasValue("USA");
        assertThat(GAZETTEER.countryOf("Alaska")).hasValue("USA");
        assertThat(GAZETTEER.countryOf("Nablus")).hasValue("PSE");
        // Several countries have a Paris; the capital is meant.
        assertThat(GAZETTEER.countryOf("Paris")).hasValue("FRA");
        assertThat(GAZETTEER.countryOf("Baluchistan")).hasValue("PAK");
        assertThat(GAZETTEER.countryOf("the Red Sea")).isEmpty();
        assertThat(GAZETTEER.countryOf("Nowhereville Upon Nothing")).isEmpty();
    }

    @Test
    void capitalsAreKnown() {
        assertThat(GAZETTEER.cities("Ankara")).anySatisfy(e -> assertThat(GAZETTEER.isCapital(e)).isTrue());
    }

    @Test
    void provincesRegionsAndWatersHaveTheirLevels() {
        assertThat(GAZETTEER.named("Idlib province")).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo("admin1");
            assertThat(e.country()).isEqualTo("SYR");
        });
        assertThat(GAZETTEER.named("Sistan and Baluchestan")).anySatisfy(e -> assertThat(e.country()).isEqualTo("IRN"));
        assertThat(GAZETTEER.named("Iraqi Kurdistan")).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo("region");
            assertThat(e.country()).isEqualTo("IRQ");
        });
        assertThat(GAZETTEER.named("the Gulf of Aden")).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo("sea");
            assertThat(e.country()).isNull();
        });
        // The Sahel, and Burkina Faso's province of that name (the resolver prefers the hand-written region).
        assertThat(GAZETTEER.named("Sahel")).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo("region");
            assertThat(e.country()).isNull();
        });
        // Both GeoNames spellings of one town, one from each package.
        assertThat(GAZETTEER.named("Douma")).anySatisfy(e -> assertThat(e.country()).isEqualTo("SYR"));
        assertThat(GAZETTEER.named("Dūmā")).anySatisfy(e -> assertThat(e.population()).isGreaterThan(100_000));
        assertThat(GAZETTEER.named("Deir al-Zour")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Deir ez-Zor"));
    }

    @Test
    void transliterationsShareTheirConsonants() {
        String skeleton = Gazetteer.skeleton(Gazetteer.key("Deir ez-Zor"));
        assertThat(Gazetteer.skeleton(Gazetteer.key("Deir al-Zour"))).isEqualTo(skeleton);
        assertThat(Gazetteer.skeleton(Gazetteer.key("Dayr az Zawr"))).isEqualTo(skeleton);
        assertThat(Gazetteer.skeleton(Gazetteer.key("Khan Sheikhoun")))
                .isEqualTo(Gazetteer.skeleton(Gazetteer.key("Khān Shaykhūn")));
        assertThat(GAZETTEER.similar("Dayr az-Zour")).anySatisfy(e -> assertThat(e.country()).isEqualTo("SYR"));
        // Three consonants are too few to go on: "Albany" and "Albania" share theirs.
        assertThat(GAZETTEER.similar("Albania")).isEmpty();
    }

    @Test
    void namesOfOrganisationsAreMarked() {
        assertThat(GAZETTEER.makesNameNoPlace("University")).isTrue();
        assertThat(GAZETTEER.makesNameNoPlace("Post")).isTrue();
        assertThat(GAZETTEER.makesNameNoPlace("province")).isFalse();
    }

    @Test
    void aMalformedFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("places"));
        Files.writeString(dir.resolve("places/admin1.tsv"), "# a comment\nIdlib\tSYR\t35.9\n");
        DictionarySource source = DictionarySource.overriddenBy(dir);
        assertThatThrownBy(() -> Gazetteer.load(source)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve("places/admin1.tsv").toString())
                .hasMessageContaining("line 2")
                .hasMessageNotContaining("\n");
    }
}
