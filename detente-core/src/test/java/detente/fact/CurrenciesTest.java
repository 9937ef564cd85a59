package detente.fact;

import detente.dict.DictionarySource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CurrenciesTest {

    private static final Currencies CURRENCIES = Currencies.load(DictionarySource.builtIn());

    @Test
    void symbolsAndNamesWithPlurals() {
        assertThat(CURRENCIES.code("$")).hasValue("USD");
        assertThat(CURRENCIES.code("US$")).hasValue("USD");
        assertThat(CURRENCIES.code("£")).hasValue("GBP");
        assertThat(CURRENCIES.code("dollars")).hasValue("USD");
        assertThat(CURRENCIES.code("Rials")).hasValue("IRR");
        assertThat(CURRENCIES.code("lira")).hasValue("TRY");
        assertThat(CURRENCIES.code("doubloons")).isEmpty();
        assertThat("rials").matches(CURRENCIES.namePattern());
        assertThat("€").matches(CURRENCIES.symbolPattern());
    }
}
