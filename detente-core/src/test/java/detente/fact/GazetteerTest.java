package detente.fact;

import detente.dict.DictionarySource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
