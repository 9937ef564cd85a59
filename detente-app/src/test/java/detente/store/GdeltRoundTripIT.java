package detente.store;

import detente.event.CameoOntology;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GdeltRoundTripIT {

    private static final String SHARED_FILE = "shared/data/gdelt/20191024143000.export.CSV";

    @TempDir
    Path dir;

    /** A GDELT-format row of our own: 61 fields, some empty, with the given id, actors and code. */
    static String row(long id, String a1, String a2, String code, String url) {
        List<String> f = new ArrayList<>(Collections.nCopies(GdeltColumns.COUNT, ""));
        f.set(GdeltColumns.index("GLOBALEVENTID"), Long.toString(id));
        f.set(GdeltColumns.index("SQLDATE"), "20240124");
        f.set(GdeltColumns.index("MonthYear"), "202401");
        f.set(GdeltColumns.index("Year"), "2024");
        f.set(GdeltColumns.index("FractionDate"), "2024.0658");
        f.set(GdeltColumns.index("Actor1Code"), a1);
        f.set(GdeltColumns.index("Actor1Name"), a1.isEmpty() ? "" : "NAME OF " + a1);
        f.set(GdeltColumns.index("Actor1CountryCode"), a1.length() >= 3 ? a1.substring(0, 3) : "");
        f.set(GdeltColumns.index("Actor2Code"), a2);
        f.set(GdeltColumns.index("IsRootEvent"), "1");
        f.set(GdeltColumns.index("EventCode"), code);
        f.set(GdeltColumns.index("EventBaseCode"), code.substring(0, 3));
        f.set(GdeltColumns.index("EventRootCode"), code.substring(0, 2));
        f.set(GdeltColumns.index("QuadClass"), "1");
        f.set(GdeltColumns.index("GoldsteinScale"), "1.0");
        f.set(GdeltColumns.index("NumMentions"), "4");
        f.set(GdeltColumns.index("NumSources"), "1");
        f.set(GdeltColumns.index("NumArticles"), "4");
        f.set(GdeltColumns.index("AvgTone"), "-2.35294117647059");
        f.set(GdeltColumns.index("Actor1Geo_Type"), "0");
        f.set(GdeltColumns.index("Actor2Geo_Type"), "0");
        f.set(GdeltColumns.index("ActionGeo_Type"), "4");
        f.set(GdeltColumns.index("ActionGeo_Fullname"), "Ankara, Ankara, Turkey");
        f.set(GdeltColumns.index("ActionGeo_Lat"), "39.9272");
        f.set(GdeltColumns.index("ActionGeo_Long"), "32.8644");
        f.set(GdeltColumns.index("ActionGeo_FeatureID"), "-735900");
        f.set(GdeltColumns.index("DATEADDED"), "20240124120000");
        f.set(GdeltColumns.index("SOURCEURL"), url);
        return String.join("\t", f);
    }

    private String roundTrip(Path file) throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            GdeltImport.Result r = new GdeltImport(store, CameoOntology.builtIn()).importFile(file);
            assertThat(r.added()).isEqualTo(r.rows());
            StringWriter out = new StringWriter();
            new GdeltExport(store).write(out, null);
            return out.toString();
        }
    }

    @Test
    void ownGdeltFileSurvivesImportAndExportAndReimportAddsNothing() throws Exception {
        String text = row(1001, "IRNGOV", "TURGOV", "040", "https://example.org/a\"quoted\"") + "\n"
                + row(1002, "", "TUR", "0211", "https://example.org/b") + "\n"
                + row(1003, "USA", "", "193", "https://example.org/c") + "\n";
        Path file = dir.resolve("small.export.CSV");
        Files.writeString(file, text);
        assertThat(roundTrip(file)).isEqualTo(text);
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThat(new GdeltImport(store, CameoOntology.builtIn()).importFile(file).added()).isZero();
            assertThat(DocumentWriterIT.count(store, "SELECT count(*) FROM events WHERE origin = 'gdelt'"
                    + " AND plover_event = 'CONSULT' AND source_code = 'IRNGOV' AND place LIKE 'Ankara%'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void zippedFilesAreImported() throws Exception {
        String text = row(7, "IRN", "TUR", "040", "u") + "\n";
        Path zip = dir.resolve("x.export.CSV.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("x.export.CSV"));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(roundTrip(zip)).isEqualTo(text);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefusedAndNothingIsImported() throws Exception {
        Path file = dir.resolve("bad.CSV");
        Files.writeString(file, row(1, "IRN", "TUR", "040", "u") + "\n" + "1\t2\t3\n");
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> new GdeltImport(store, CameoOntology.builtIn()).importFile(file))
                    .hasMessageContaining("line 2 has 3 fields");
            assertThat(DocumentWriterIT.count(store, "SELECT count(*) FROM events")).isZero();
        }
    }

    @Test
    void realGdeltExportRoundTripsFieldForField() throws Exception {
        Path shared = findShared();
        Assumptions.assumeTrue(shared != null, "skipped: no " + SHARED_FILE + " in the working directory or above");
        String expected = Files.readString(shared, StandardCharsets.UTF_8);
        String actual = roundTrip(shared);
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        assertThat(got).hasSameSizeAs(want);
        assertThat(want.length - 1).isEqualTo(2111);
        for (int i = 0; i < want.length; i++) {
            String[] a = want[i].split("\t", -1);
            String[] b = got[i].split("\t", -1);
            for (int j = 0; j < a.length; j++) {
                assertThat(b[j]).as("row %d column %s", i + 1, j < 61 ? GdeltColumns.NAMES.get(j) : j)
                        .isEqualTo(a[j]);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    static Path findShared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(SHARED_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
