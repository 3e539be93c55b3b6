package org.saydo.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values were read by hand from the shared tables, not copied from the output. */
class CameoOntologyTest {

    private final CameoOntology cameo = CameoOntology.standard();

    /** A file of the shared data folder; skips the calling test (visibly) when it is absent. */
    private static Path shared(String relative) {
        Path file = Path.of(System.getProperty("saydo.shared", "../../shared"), relative);
        assumeTrue(Files.isRegularFile(file), "shared file not found at " + file.toAbsolutePath().normalize()
                + " (set -Dsaydo.shared=...); skipping the test on it");
        return file;
    }

    @Test
    void standardIsLoadedOnce() {
        assertThat(CameoOntology.standard()).isSameAs(cameo);
    }

    @Test
    void goldsteinWeightsFromGdeltTable() {
        assertThat(cameo.get("190").goldstein()).isEqualTo(-10.0);
        assertThat(cameo.get("040").goldstein()).isEqualTo(1.0);
        assertThat(cameo.get("036").goldstein()).isEqualTo(4.0);
        assertThat(cameo.get("0874").goldstein()).isEqualTo(10.0);
        assertThat(cameo.get("14").goldstein()).isEqualTo(-6.5);
    }

    @Test
    void codeAbsentFromGdeltTableTakesItsParentsWeight() {
        // 1213, 1214 are only in the PLOVER table; 121 weighs -4.0 in GDELT's
        assertThat(cameo.get("1213").goldstein()).isEqualTo(-4.0);
        assertThat(cameo.get("1214").goldstein()).isEqualTo(-4.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01   | MAKE PUBLIC STATEMENT",
        "19   | FIGHT",
        "010  | Make statement, not specified below",
        "0255 | Appeal for target to allow international involvement (non-mediation)",
        "040  | Consult",
        "042  | Make a visit",
        "0874 | Retreat or surrender militarily",
        "0813 | Ease curfew",
        "175  | Use tactics of violent repression",
        "100  | Demand, not specified below",
        "055  | Apologize",
        "1385 | Threaten attack with WMD",
        "2042 | Detonate nuclear weapons"})
    void names(String code, String name) {
        assertThat(cameo.get(code).name()).isEqualTo(name);
    }

    @Test
    void ploverMappingFromTable() {
        CameoCode fight = cameo.get("190");
        assertThat(List.of(fight.ploverType(), fight.ploverMode(), fight.ploverContext()))
                .containsExactly("ASSAULT", "", "military");
        CameoCode meet = cameo.get("036");
        assertThat(List.of(meet.ploverType(), meet.ploverMode(), meet.ploverContext()))
                .containsExactly("AGREE", "", "diplomatic");
        CameoCode phone = cameo.get("041");
        assertThat(List.of(phone.ploverType(), phone.ploverMode(), phone.ploverContext()))
                .containsExactly("CONSULT", "phone", "");
        assertThat(cameo.get("0861").ploverMode()).isEqualTo("access");
        assertThat(cameo.get("091").ploverContexts()).containsExactly("crime", "corruption");
        assertThat(cameo.get("0352").ploverMode()).isEmpty();
        assertThat(cameo.get("0352").ploverContext()).isEmpty();
        assertThat(cameo.get("163").ploverType()).isEqualTo("COERCE");
        assertThat(cameo.get("1712").ploverType()).isEqualTo("ASSAULT");
    }

    @Test
    void ploverOfCueCategoriesAndDroppedCategories() {
        assertThat(cameo.get("03").ploverType()).isEqualTo("AGREE");
        assertThat(cameo.get("08").ploverType()).isEqualTo("CONCEDE");
        assertThat(cameo.get("084").ploverType()).isEqualTo("RETREAT");
        assertThat(cameo.get("20").ploverType()).isEqualTo("ASSAULT");
        assertThat(cameo.get("01").ploverType()).isEmpty();
        assertThat(cameo.get("0214").ploverType()).isEmpty();
    }

    @Test
    void codeStructure() {
        assertThat(CameoOntology.root("195")).isEqualTo("19");
        assertThat(CameoOntology.root("0874")).isEqualTo("08");
        assertThat(CameoOntology.parent("0874")).contains("087");
        assertThat(CameoOntology.parent("087")).contains("08");
        assertThat(CameoOntology.parent("08")).isEmpty();
        assertThat(cameo.get("195").root()).isEqualTo("19");
    }

    @ParameterizedTest
    @CsvSource({"01,1", "040,1", "05,1", "057,1", "06,2", "060,2", "09,2", "094,2", "10,3", "100,3",
        "14,3", "1454,3", "15,4", "150,4", "20,4", "2042,4"})
    void quadBoundaries(String code, int quad) {
        assertThat(cameo.get(code).quad()).isEqualTo(quad);
        assertThat(CameoOntology.quadOf(code)).isEqualTo(quad);
        assertThat(CameoOntology.isVerbal(code)).isEqualTo(quad == 1 || quad == 3);
        assertThat(CameoOntology.isMaterial(code)).isEqualTo(quad == 2 || quad == 4);
    }

    @Test
    void quadNames() {
        assertThat(CameoOntology.quadName(1)).isEqualTo("Verbal Cooperation");
        assertThat(CameoOntology.quadName(4)).isEqualTo("Material Conflict");
        assertThatThrownBy(() -> CameoOntology.quadName(5)).hasMessageContaining("5");
    }

    @Test
    void unknownCode() {
        assertThat(cameo.find("176")).isEmpty();
        assertThatThrownBy(() -> cameo.get("176"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown CAMEO code '176'");
        assertThatThrownBy(() -> cameo.get("40")).hasMessage("unknown CAMEO code '40'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "00", "21", "12345", "04a", " 040"})
    void malformedCodesAreRejected(String code) {
        assertThatThrownBy(() -> CameoOntology.root(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void everyGdeltCodeIsPresentWithItsWeight() throws IOException {
        List<String> lines = Files.readAllLines(shared("data/gdelt/CAMEO.goldsteinscale.txt"), StandardCharsets.UTF_8);
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertThat(cameo.find(f[0])).as(f[0]).get()
                    .extracting(CameoCode::goldstein).isEqualTo(Double.parseDouble(f[1]));
            rows++;
        }
        assertThat(rows).isEqualTo(311);
        assertThat(cameo.all()).hasSize(313); // + 1213, 1214 from the PLOVER table
    }

    @Test
    void everyPloverRowIsPresent() throws IOException {
        Pattern row = Pattern.compile("^(\\d{2,4}):");
        for (String line : Files.readAllLines(shared("data/plover/CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                assertThat(cameo.find(m.group(1))).as(line).isPresent();
            }
        }
    }

    @Test
    void everyCodeHasNameAndAllRootsExist() {
        assertThat(cameo.all()).allSatisfy(c -> assertThat(c.name()).isNotBlank());
        for (int r = 1; r <= 20; r++) {
            assertThat(cameo.find(String.format("%02d", r))).isPresent();
        }
        assertThat(cameo.all()).allSatisfy(c -> CameoOntology.parent(c.code())
                .ifPresent(p -> assertThat(cameo.find(p)).as("parent of " + c.code()).isPresent()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[042:043] | 042",
        "043:042   | 043",
        "[:020]    | 020",
        "[080!]    | 080",
        "[1952]    | 195",
        ":1952     | 195",
        "176       | 17",
        "0874      | 0874"})
    void normalizeMapsPetrarchCodes(String raw, String expected) {
        assertThat(cameo.normalize(raw)).get().extracting(CameoCode::code).isEqualTo(expected);
    }

    @Test
    void normalizeNullCodeIsNoEvent() {
        assertThat(cameo.normalize("[---]")).isEmpty();
        assertThat(cameo.normalize("---")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "abc", "[04x]", "21", "00", "12345", "[042:043:044]", ":", "[042:abc]", "042!!"})
    void normalizeRejectsGarbage(String raw) {
        assertThatThrownBy(() -> cameo.normalize(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + raw + "'");
    }

    @Test
    void everyCodeOfThePetrarchVerbDictionaryNormalizes() throws IOException {
        Pattern bracket = Pattern.compile("\\[([^\\]]*)\\]");
        Set<String> raw = new LinkedHashSet<>();
        for (String line : Files.readAllLines(shared("data/petrarch/CAMEO.2.0.txt"), StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            Matcher m = bracket.matcher(hash >= 0 ? line.substring(0, hash) : line);
            while (m.find()) {
                raw.add(m.group(1));
            }
        }
        assertThat(raw).contains("042:043", "---", "176", ":1952", "080!").hasSizeGreaterThan(250);
        Set<String> outside = new LinkedHashSet<>();
        for (String r : raw) {
            Optional<CameoCode> c = cameo.normalize(r);
            for (String part : r.split(":")) {
                String p = part.replace("!", "");
                if (!p.isEmpty() && !p.equals("---") && cameo.find(p).isEmpty()) {
                    outside.add(p);
                }
            }
            assertThat(c.isPresent()).as(r).isEqualTo(!r.equals("---"));
        }
        assertThat(outside).containsExactlyInAnyOrder("176", "1952");
    }

    @Test
    void recordRejectsInconsistentValues() {
        assertThatThrownBy(() -> new CameoCode("040", "Consult", 1.0, 2, "CONSULT", "", ""))
                .hasMessageContaining("quad 2").hasMessageContaining("040");
        assertThatThrownBy(() -> new CameoCode("190", "x", -11.0, 4, "ASSAULT", "", ""))
                .hasMessageContaining("-11.0");
        assertThatThrownBy(() -> new CameoCode("0400", " ", 1.0, 1, "", "", ""))
                .hasMessageContaining("0400");
        assertThatThrownBy(() -> new CameoCode("21", "x", 1.0, 4, "", "", ""))
                .hasMessageContaining("'21'");
    }

    @Test
    void tableLineOfUnknownShapeFailsWithLineNumber() {
        List<String> goldstein = List.of("CAMEOEVENTCODE\tGOLDSTEINSCALE", "04\t1.0", "040\t1.0");
        List<String> names = List.of("04\tCONSULT");
        assertThat(CameoOntology.build(goldstein, List.of("040: CONSULT, ,  # Consult"), names)).hasSize(2);
        assertThatThrownBy(() -> CameoOntology.build(goldstein, List.of("040 CONSULT # Consult"), names))
                .hasMessageContaining("line 1").hasMessageContaining("040 CONSULT");
        assertThatThrownBy(() -> CameoOntology.build(goldstein, List.of("04: CONSULT"), names))
                .hasMessageContaining("'040' has no name");
    }
}
