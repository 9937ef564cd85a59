package detente.actor;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchActorReaderTest {

    private static final String ACTORS = """
            <!-- A PETRARCH-format fixture -->
            <!--
            # a comment over
            # several lines -->
            ARNOR_  [ARN]   # a country
            +ARNORIAN
            GONDOR [GON]
            +MINAS_TIRITH
            LORIEN  [ELR/GAL]
            WHITE_HOUSE  [usagov] #lower case codes are read in capitals
            GOLLUM  # dated codes: before, range, after
            +SMEAGOL
            \t[HOB < 950601]
            \t[HOBGOV 19950601 - 19990815]
            \t[HOBREB > 990816]
            ZIMBABWE
            \t[RHO <790606]
            \t[ZBW]
            BOROMIR  [---]
            NOBODY
            JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]
            BAD_DATE [XYZ 2004017-20061201]
            """;

    private static PetrarchActorReader.Result read() {
        return PetrarchActorReader.read(new StringReader(ACTORS), "fixture.actors.txt");
    }

    private static List<Term> find(String name) {
        return read().dictionary().find(name);
    }

    @Test
    void namesSynonymsAndJoinedWordsBecomeCountries() {
        assertThat(find("Arnor")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Term.Kind.COUNTRY);
            assertThat(t.country().code()).isEqualTo("ARN");
        });
        assertThat(find("Arnorian")).extracting(t -> t.country().code()).containsExactly("ARN");
        assertThat(find("Minas Tirith")).extracting(t -> t.country().code()).containsExactly("GON");
        assertThat(find("White House")).extracting(t -> t.country().code()).containsExactly("USAGOV");
    }

    @Test
    void severalCodesInOneBlockEachNameTheEntry() {
        assertThat(find("Lorien")).extracting(t -> t.country().code()).containsExactlyInAnyOrder("ELR", "GAL");
    }

    @Test
    void datedCodesBecomeRolesWithTheUndatedCodeAsDefault() {
        Person gollum = find("Smeagol").get(0).person();
        assertThat(gollum.roleOn(LocalDate.of(1995, 5, 31)).orElseThrow().code()).isEqualTo("HOB");
        assertThat(gollum.roleOn(LocalDate.of(1995, 6, 1)).orElseThrow().code()).isEqualTo("HOBGOV");
        assertThat(gollum.roleOn(LocalDate.of(1999, 8, 15)).orElseThrow().code()).isEqualTo("HOBGOV");
        assertThat(gollum.roleOn(LocalDate.of(2001, 1, 1)).orElseThrow().code()).isEqualTo("HOBREB");
        Person zimbabwe = find("Zimbabwe").get(0).person();
        assertThat(zimbabwe.roleOn(LocalDate.of(1978, 12, 23)).orElseThrow().code()).isEqualTo("RHO");
        assertThat(zimbabwe.roleOn(LocalDate.of(2001, 1, 1))).isEmpty();
        assertThat(zimbabwe.country()).isEqualTo("ZBW");
        Person cuellar = find("Javier de Cuellar").get(0).person();
        assertThat(cuellar.roleOn(LocalDate.of(1990, 1, 1)).orElseThrow().code()).isEqualTo("IGOUNO");
        assertThat(cuellar.country()).isEqualTo("ELI");
    }

    @Test
    void nullCodesMissingCodesAndBadDatesAreSkippedAndReported() {
        PetrarchActorReader.Result result = read();
        assertThat(find("Boromir")).isEmpty();
        assertThat(find("Nobody")).isEmpty();
        assertThat(find("Bad Date")).isEmpty();
        assertThat(result.entries()).isEqualTo(10);
        assertThat(result.loaded()).isEqualTo(7);
        assertThat(result.skipped()).anyMatch(s -> s.contains("fixture.actors.txt line") && s.contains("Boromir"))
                .anyMatch(s -> s.contains("bad date"));
    }

    @Test
    void shortNamesKeepTheirCaseAndLongOnesAreTitleCased() {
        assertThat(PetrarchActorReader.name("UN_")).isEqualTo("UN");
        assertThat(PetrarchActorReader.name("U.S.")).isEqualTo("U.S.");
        assertThat(PetrarchActorReader.name("NEW_ZEALAND")).isEqualTo("New Zealand");
        assertThat(PetrarchActorReader.date("950601")).isEqualTo(LocalDate.of(1995, 6, 1));
        assertThat(PetrarchActorReader.date("010120")).isEqualTo(LocalDate.of(2001, 1, 20));
    }
}
