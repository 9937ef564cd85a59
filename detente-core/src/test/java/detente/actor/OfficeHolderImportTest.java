package detente.actor;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeHolderImportTest {

    /** A CountryInfo-style block: heads first in order of office, then everyone else alphabetically. */
    private static final String PHOENIX = """
            GONDOR_ [GON]
            DENETHOR_AL_HURIN_  # CountryInfo.txt
            \t[GONGOV 850101-010315]
            \t[GONELI]
            FARAMIR_EL_HURIN_  # CountryInfo.txt
            \t[GONGOV >010316]
            BEREGOND_HALLAS_  # CountryInfo.txt
            \t[GONGOVMIL 950101-030101]
            HURIN_KEYS_  # CountryInfo.txt
            \t[GONGOV 980101-991231]
            IMRAHIL_DOL_  # CountryInfo.txt
            \t[GONGOV 800101-881231]
            IORLAS_E_HALLAS_  # CountryInfo.txt
            \t[GONGOV 040101-060101]
            IORLAS_HALLAS_  # CountryInfo.txt
            \t[GONGOV 040101-060101]
            TARGON_ADRAHIL_  # CountryInfo.txt
            \t[GONGOV 040101-060101]
            """;

    private static final LocalDate SINCE = LocalDate.of(1990, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2014, 1, 30);

    private static OfficeHolderImport.Result run(List<Person> handWritten) {
        Country gondor = new Country("GON", null, "Gondor", null, List.of(), List.of("Gondorian"), List.of(),
                List.of(), List.of());
        ActorDictionary known = ActorDictionary.of(List.of(gondor), List.of(), handWritten, List.of());
        List<Person> phoenix = PetrarchActorReader.read(new StringReader(PHOENIX), "fixture").dictionary().people();
        return OfficeHolderImport.of(phoenix, known, SINCE, AS_OF);
    }

    private static Person named(OfficeHolderImport.Result result, String name) {
        return result.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + result.people()));
    }

    @Test
    void keepsGovernmentOfficesSince1990AndClosesOpenOnesOnTheSourceDate() {
        OfficeHolderImport.Result result = run(List.of());
        // Imrahil's only office ended in 1988.
        assertThat(result.people()).noneMatch(p -> p.name().startsWith("Imrahil"));
        Person faramir = named(result, "Faramir El Hurin");
        assertThat(faramir.roles()).containsExactly(new Person.Role("GONGOV", null, LocalDate.of(2001, 3, 16), AS_OF));
        // Only government roles: Denethor's undated elite code is not an office.
        assertThat(named(result, "Denethor Al Hurin").roles()).extracting(Person.Role::code).containsExactly("GONGOV");
        assertThat(named(result, "Beregond Hallas").roles().get(0).code()).isEqualTo("GONGOVMIL");
    }

    @Test
    void headsGetSurnameVariantsThatNameNoOneElse() {
        OfficeHolderImport.Result result = run(List.of());
        Person denethor = named(result, "Denethor Al Hurin");
        // "Al Hurin" names Denethor alone (Faramir is "El Hurin"), but "Hurin" also starts Hurin Keys's name.
        assertThat(denethor.aliases()).contains("Al Hurin").doesNotContain("Hurin");
        assertThat(named(result, "Faramir El Hurin").aliases()).contains("El Hurin");
        // Beregond is no head (the alphabetical part of the block): no "Hallas" alone.
        assertThat(named(result, "Beregond Hallas").aliases()).doesNotContain("Hallas");
    }

    @Test
    void mergesSpellingsOfOnePersonButNotColleaguesAppointedTogether() {
        OfficeHolderImport.Result result = run(List.of());
        Person iorlas = named(result, "Iorlas E Hallas");
        assertThat(iorlas.aliases()).contains("Iorlas Hallas");
        // Targon held the same office over the same dates, but is another man.
        assertThat(named(result, "Targon Adrahil").aliases()).doesNotContain("Iorlas Hallas");
        assertThat(result.mergedSpellings()).isEqualTo(1);
    }

    @Test
    void leavesOutPeopleTheHandWrittenDictionaryHas() {
        Person faramir = new Person("Faramir", List.of("Faramir el-Hurin"), "GON", null, null,
                List.of(new Person.Role("GONGOV", "Steward", LocalDate.of(2001, 3, 16), null)));
        OfficeHolderImport.Result result = run(List.of(faramir));
        assertThat(result.people()).noneMatch(p -> p.name().startsWith("Faramir"));
        assertThat(result.alreadyKnown()).isEqualTo(1);
    }

    @Test
    void theTableReadsBackWhatWasWritten() throws Exception {
        OfficeHolderImport.Result result = run(List.of());
        String table = OfficeHolderImport.table(result, "fixture", SINCE, AS_OF);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("offices");
        java.nio.file.Files.createDirectories(dir.resolve("actors"));
        java.nio.file.Files.writeString(dir.resolve(ActorDictionary.OFFICE_HOLDERS), table);
        List<Person> read = OfficeHolderTable.read(detente.dict.DictionarySource.overriddenBy(dir),
                ActorDictionary.OFFICE_HOLDERS);
        assertThat(read).isEqualTo(result.people());
    }
}
