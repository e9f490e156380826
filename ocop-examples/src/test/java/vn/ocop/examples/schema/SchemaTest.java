package vn.ocop.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CatalogueSummary;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.json.OcopJson;
import vn.ocop.pack.PackImpact;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.Packs;

/** Every bundled sample and every golden output against the published schemas; and what they must refuse. */
class SchemaTest {
    static final Path SAMPLES = Path.of("samples");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Scorer SCORER = Ocop.scorer();

    static List<Path> json(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    @Test
    void theSchemasShipInCoresJarAndAreThoseOfDocsSchema() throws IOException {
        List<Path> docs = json(Path.of("../docs/schema"));
        assertEquals(10, docs.size(), docs.toString());
        for (Path f : docs) {
            try (var in = OcopJson.class.getResourceAsStream("/vn/ocop/schema/" + f.getFileName())) {
                assertTrue(in != null, f + " is not in ocop-core's jar");
                assertEquals(read(f), new String(in.readAllBytes(), StandardCharsets.UTF_8), f.toString());
            }
            JsonNode schema = OcopJson.mapper().readTree(read(f));
            assertEquals(
                    "https://json-schema.org/draft/2020-12/schema",
                    schema.get("$schema").asText());
            assertEquals(Schemas.BASE + f.getFileName(), schema.get("$id").asText());
        }
    }

    @Test
    void everyBundledSheetAndSittingIsValid() throws IOException {
        int sheets = 0;
        for (Path f : json(SAMPLES)) {
            Schemas.valid("sheet.schema.json", f.toString(), read(f));
            sheets++;
        }
        for (Path f : json(SAMPLES.resolve("council"))) {
            String schema =
                    f.getFileName().toString().equals("sitting.json") ? "sitting.schema.json" : "sheet.schema.json";
            Schemas.valid(schema, f.toString(), read(f));
            sheets++;
        }
        for (Path f : json(SAMPLES.resolve("packs"))) {
            Schemas.valid("sheet.schema.json", f.toString(), read(f));
            sheets++;
        }
        assertTrue(sheets >= 13, "samples found: " + sheets);
    }

    @Test
    void everyGoldenOutputIsValid() throws IOException {
        for (Path f : json(GOLDEN.resolve("score"))) {
            Schemas.valid("result.schema.json", f.toString(), read(f));
        }
        for (Path f : json(GOLDEN.resolve("advise"))) {
            Schemas.valid("advice.schema.json", f.toString(), read(f));
        }
        Schemas.valid("result.schema.json", "golden council", read(GOLDEN.resolve("council/council.json")));
        Schemas.valid("validate-report.schema.json", "golden validate", read(GOLDEN.resolve("pack/validate.json")));
        Schemas.valid(
                "result.schema.json", "golden pack score", read(GOLDEN.resolve("pack/ld26-01-ca-phe-cau-dat.json")));
        Schemas.valid("catalogue.schema.json", "golden catalogue", read(GOLDEN.resolve("catalogue/catalogue.json")));
        Schemas.valid("criteria-set.schema.json", "golden QD26-01", read(GOLDEN.resolve("catalogue/QD26-01.json")));
        JsonNode errors = OcopJson.mapper()
                .readTree(read(GOLDEN.resolve("problems/invalid-sheet.json")))
                .get("errors");
        assertTrue(errors.size() > 30);
        for (JsonNode e : errors) {
            Schemas.valid("problem.schema.json#/$defs/sheetProblem", "golden problem", e);
        }
    }

    @Test
    void theCatalogueAndEverySetOfEveryEditionAreValid() {
        Schemas.valid(
                "catalogue.schema.json", "the catalogue", OcopJson.write(CatalogueSummary.of(SCORER.catalogue())));
        int sets = 0;
        for (Edition e : SCORER.catalogue().editions()) {
            for (CriteriaSet s : e.sets()) {
                Schemas.valid("criteria-set.schema.json", s.id(), OcopJson.write(s));
                sets++;
            }
        }
        assertTrue(sets >= 53, "sets: " + sets);
    }

    @Test
    void councilsAdviceImpactAndPackReportsAreValid() throws IOException {
        String sitting = read(SAMPLES.resolve("council/sitting.json"));
        Schemas.valid(
                "result.schema.json", "the sitting's result", OcopJson.write(SCORER.scoreSittingJson(sitting, "s")));
        var pack = Packs.load(Path.of("packs/lam-dong"), PackOptions.defaults());
        PackImpact impact = new PackImpact(SCORER, pack.scorer(), pack.info());
        for (Path f : json(SAMPLES)) {
            impact.add(f.getFileName().toString(), read(f));
        }
        impact.add("bad.json", "{\"criteriaSet\":\"QD26-01\"}");
        impact.unreadable("gone.json", "cannot read gone.json");
        Schemas.valid("impact.schema.json", "impact", OcopJson.write(impact.report()));
        Schemas.valid(
                "validate-report.schema.json",
                "a valid pack's report",
                OcopJson.write(Packs.validate(Path.of("packs/lam-dong"), PackOptions.defaults())));
    }

    @Test
    void theSchemasRefuseWhatTheLibraryRefuses() throws IOException {
        String pomelo = read(SAMPLES.resolve("qd26-01-buoi-da-xanh.json"));
        Schemas.invalid("sheet.schema.json", "an unknown field", pomelo.replaceFirst("\\{", "{\"colour\":\"green\","));
        Schemas.invalid("sheet.schema.json", "no criteriaSet", pomelo.replace("\"criteriaSet\"", "\"criteria\""));
        Schemas.invalid("sheet.schema.json", "an answer in words", pomelo.replace("\"1.1\": 3", "\"1.1\": \"three\""));
        Schemas.invalid(
                "sitting.schema.json",
                "an unknown role",
                read(SAMPLES.resolve("council/sitting.json")).replace("\"SECRETARY\"", "\"GUEST\""));
        String result = read(GOLDEN.resolve("score/qd26-01-buoi-da-xanh.json"));
        Schemas.invalid("result.schema.json", "a result without total", result.replace("\"total\"", "\"sum\""));
        // and the library refuses those sheets too: the schema and the reader agree
        assertFalse(Schemas.errors("sheet.schema.json", pomelo.replaceFirst("\\{", "{\"colour\":\"green\","))
                .isEmpty());
        assertEquals(
                1,
                OcopJson.readSheetLeniently(pomelo.replaceFirst("\\{", "{\"colour\":\"green\","))
                        .problems()
                        .size());
    }
}
