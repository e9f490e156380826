package vn.ocop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.pack.PackFormat;
import vn.ocop.pack.Packs;

/** Every endpoint through a real HTTP client, the service on a random local port. */
class ServerTest {
    static final Path SAMPLES = Path.of("../ocop-examples/samples");
    static final Path LAM_DONG = Path.of("../ocop-examples/packs/lam-dong");

    static Http http;
    static final Scorer LIBRARY = Ocop.scorer();

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return OcopJson.mapper().readTree(r.body());
    }

    static void problem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
    }

    @Test
    void oneSheetGivesItsResult() throws Exception {
        HttpResponse<String> r = http.postJson("/v1/evaluations", sample("qd26-01-buoi-da-xanh.json"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "application/json;charset=UTF-8",
                r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode result = json(r);
        // worked by hand in ocop-examples' SamplesTest: A 32 + B 18 + C 25 = 75, band 4★, held at 3★ by 1.5
        assertEquals(new BigDecimal("75"), result.get("total").decimalValue().stripTrailingZeros());
        assertEquals(4, result.get("bandStars").asInt());
        assertEquals(3, result.get("stars").asInt());
        assertEquals(
                "1.5",
                result.get("failedMinimums").get("4").get(0).get("criterion").asText());
        assertEquals("Bưởi da xanh", result.get("product").get("name").asText());
        // exactly the library's result, field for field
        assertEquals(
                OcopJson.mapper().readTree(OcopJson.write(LIBRARY.scoreJson(sample("qd26-01-buoi-da-xanh.json"), "x"))),
                result);
    }

    @Test
    void aBadSheetIsA400ProblemWithEveryJsonPath() throws Exception {
        HttpResponse<String> r =
                http.postJson("/v1/evaluations", "{\"criteriaSet\":\"QD26-01\",\"answers\":{\"1.1\":9,\"9.9\":1}}");
        problem(r, 400);
        JsonNode p = json(r);
        assertEquals(400, p.get("status").asInt());
        assertEquals("Invalid sheet", p.get("title").asText());
        assertEquals("/v1/evaluations", p.get("instance").asText());
        Set<String> paths = new TreeSet<>();
        p.get("problems").forEach(x -> paths.add(x.get("path").asText()));
        // QD26-01 has 32 criteria: 1.1 out of range, 9.9 unknown, the other 31 missing
        Set<String> expected = new TreeSet<>();
        for (var set : LIBRARY.catalogue().set("QD26-01").orElseThrow().leaves()) {
            expected.add("$.answers[\"" + set.code() + "\"]");
        }
        assertEquals(32, expected.size());
        expected.add("$.answers[\"9.9\"]");
        assertEquals(expected, paths);
        assertEquals(33, p.get("problems").size());
        assertTrue(p.get("problems").get(0).get("message").asText().contains("9"), p.toString());
    }

    @Test
    void unreadableBodiesAreProblemsToo() throws Exception {
        HttpResponse<String> notJson = http.postJson("/v1/evaluations", "{\"criteriaSet\": ");
        problem(notJson, 400);
        assertEquals(
                "NOT_JSON", json(notJson).get("problems").get(0).get("code").asText());

        HttpResponse<String> latin1 = http.post(
                "/v1/evaluations",
                "application/json",
                "{\"criteriaSet\":\"QD26-01\",\"product\":{\"name\":\"Cà phê\"}}"
                        .getBytes(StandardCharsets.ISO_8859_1));
        problem(latin1, 400);
        assertTrue(json(latin1).get("detail").asText().contains("UTF-8"));

        HttpResponse<String> array = http.postJson("/v1/evaluations", "[{\"criteriaSet\":\"QD26-01\"}, 5, \"x\"]");
        problem(array, 400);
        List<String> paths = new ArrayList<>();
        json(array).get("problems").forEach(x -> paths.add(x.get("path").asText()));
        assertEquals(List.of("$[1]", "$[2]"), paths);

        HttpResponse<String> wrongMethod = http.get("/v1/evaluations");
        problem(wrongMethod, 405);
        problem(http.get("/v1/nothing-here"), 404);
    }

    @Test
    void manySheetsGiveOneItemEachWithPathsIntoTheRequest() throws Exception {
        String good = sample("qd26-01-buoi-da-xanh.json");
        HttpResponse<String> r = http.postJson(
                "/v1/evaluations", "[" + good + ",{\"criteriaSet\":\"QD26-01\",\"answers\":{\"1.1\":9}}," + good + "]");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode items = json(r);
        assertEquals(3, items.size());
        assertEquals(0, items.get(0).get("position").asInt());
        assertEquals(
                new BigDecimal("75"),
                items.get(0).get("result").get("total").decimalValue().stripTrailingZeros());
        assertEquals(2, items.get(2).get("position").asInt());
        assertEquals(3, items.get(2).get("result").get("stars").asInt());
        JsonNode bad = items.get(1);
        assertFalse(bad.has("result"));
        assertEquals(
                "$[1].answers[\"1.1\"]", bad.get("problems").get(0).get("path").asText());
        assertEquals(32, bad.get("problems").size());
    }

    @Test
    void aCouncilAsItSatEqualsTheLibrarys() throws Exception {
        String sitting = sample("council/sitting.json");
        HttpResponse<String> r = http.postJson("/v1/councils", sitting);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode result = json(r);
        assertTrue(result.has("council"), r.body());
        assertEquals(OcopJson.mapper().readTree(OcopJson.write(LIBRARY.scoreSittingJson(sitting, "x"))), result);

        HttpResponse<String> bad = http.postJson(
                "/v1/councils",
                "{\"level\":\"PROVINCE\",\"members\":[{\"name\":\"A\",\"role\":\"BOSS\",\"sheet\":"
                        + sample("qd26-01-buoi-da-xanh.json") + "}]}");
        problem(bad, 400);
        assertEquals(
                "$.members[0].role",
                json(bad).get("problems").get(0).get("path").asText());
    }

    @Test
    void adviceEqualsTheLibrarys() throws Exception {
        String sheet = sample("qd26-01-buoi-da-xanh.json");
        HttpResponse<String> r = http.postJson("/v1/advice?alternatives=2", sheet);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                OcopJson.mapper().readTree(OcopJson.write(LIBRARY.advise(OcopJson.readSheet(sheet, "x"), 2))), json(r));
        problem(http.postJson("/v1/advice?alternatives=0", sheet), 400);
        problem(http.postJson("/v1/advice?alternatives=many", sheet), 400);
    }

    @Test
    void theReportIsAPageInVietnamese() throws Exception {
        HttpResponse<String> r = http.postJson("/v1/reports", sample("qd26-01-buoi-da-xanh.json"));
        assertEquals(200, r.statusCode());
        assertEquals(
                "text/html;charset=UTF-8",
                r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().startsWith("<!DOCTYPE html>"));
        assertTrue(r.body().contains("Bưởi da xanh"));
        assertTrue(r.body().contains("Kết quả đánh giá"));
        assertFalse(r.body().contains("http://") || r.body().contains("https://"), "no network resources");
        HttpResponse<String> bad = http.postJson("/v1/reports", "[{\"criteriaSet\":\"QD26-99\"}]");
        problem(bad, 400);
        assertTrue(json(bad).get("problems").get(0).get("path").asText().startsWith("$[0]"));
    }

    @Test
    void theCatalogueAndOneSet() throws Exception {
        HttpResponse<String> all = http.get("/v1/catalogue");
        assertEquals(200, all.statusCode());
        JsonNode editions = json(all).get("editions");
        assertEquals(3, editions.size());
        Set<String> ids = new HashSet<>();
        editions.forEach(e -> ids.add(e.get("id").asText()));
        assertTrue(ids.contains("QD-26-2026"), ids.toString());
        // 26 sets in each of the two editions since 2023 (the 2019 edition is encoded in part: README)
        editions.forEach(e -> {
            if (!e.get("id").asText().equals("QD-1048-2019")) {
                assertEquals(26, e.get("sets").size(), e.get("id").asText());
            }
        });

        HttpResponse<String> one = http.get("/v1/catalogue/QD26-01");
        assertEquals(200, one.statusCode());
        assertEquals("QD26-01", json(one).get("id").asText());
        HttpResponse<String> none = http.get("/v1/catalogue/QD26-99");
        problem(none, 404);
        assertTrue(json(none).get("detail").asText().contains("QD26-99"));
    }

    @Test
    void aPackUploadIsValidatedAsData(@TempDir Path dir) throws Exception {
        HttpResponse<String> ok = http.upload(
                "/v1/packs/validate",
                List.of(new Http.Part("pack", "lam-dong.zip", "application/zip", Http.zip(LAM_DONG))));
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode report = json(ok);
        assertEquals("lam-dong.zip", report.get("location").asText());
        assertEquals(
                "Lâm Đồng OCOP 2026 (example)", report.get("pack").get("name").asText());
        assertEquals(0, report.get("problems").size());

        // the officer's workbook, as the national edition exports it
        Packs.export("QD-26-2026", dir.resolve("wb"), PackFormat.XLSX);
        Path workbook;
        try (var files = Files.list(dir.resolve("wb"))) {
            workbook = files.filter(f -> f.toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElseThrow();
        }
        HttpResponse<String> xlsx = http.upload(
                "/v1/packs/validate",
                List.of(new Http.Part(
                        "pack",
                        "pack.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        Files.readAllBytes(workbook))));
        assertEquals(200, xlsx.statusCode(), xlsx.body());
        assertEquals(0, json(xlsx).get("problems").size(), xlsx.body());
    }

    @Test
    void aPackWithCodeIsRefusedAndItsCodeNeverRuns(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("evil");
        copy(LAM_DONG, pack);
        Path marker = dir.resolve("ran");
        Files.writeString(
                pack.resolve("pack.csv"),
                Files.readString(pack.resolve("pack.csv"), StandardCharsets.UTF_8) + "Rules,evil.drl\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                pack.resolve("evil.drl"),
                "package vn.province.evil;\nrule \"x\" when then java.nio.file.Files.createFile(java.nio.file.Path.of(\""
                        + marker.toString().replace("\\", "\\\\") + "\")); end\n",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = http.upload(
                "/v1/packs/validate", List.of(new Http.Part("pack", "evil.zip", "application/zip", Http.zip(pack))));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = json(r);
        assertTrue(report.get("problems").size() >= 1, r.body());
        assertTrue(r.body().contains("evil.drl"), r.body());
        assertFalse(Files.exists(marker), "the DRL ran");

        // scoring with it (impact) is refused the same way
        HttpResponse<String> impact = http.upload(
                "/v1/impact",
                List.of(
                        new Http.Part("pack", "evil.zip", "application/zip", Http.zip(pack)),
                        new Http.Part(
                                "sheets",
                                "sheets.json",
                                "application/json",
                                ("[" + sample("qd26-01-buoi-da-xanh.json") + "]").getBytes(StandardCharsets.UTF_8))));
        problem(impact, 400);
        assertTrue(json(impact).get("packProblems").toString().contains("evil.drl"), impact.body());
        assertFalse(Files.exists(marker), "the DRL ran");

        HttpResponse<String> exe = http.upload(
                "/v1/packs/validate",
                List.of(new Http.Part("pack", "pack.exe", "application/octet-stream", new byte[] {1})));
        problem(exe, 400);
    }

    @Test
    void impactScoresEachSheetOnBothSides() throws Exception {
        String pomelo = sample("qd26-01-buoi-da-xanh.json");
        HttpResponse<String> r = http.upload(
                "/v1/impact",
                List.of(
                        new Http.Part("pack", "lam-dong.zip", "application/zip", Http.zip(LAM_DONG)),
                        new Http.Part(
                                "sheets",
                                "sheets.json",
                                "application/json",
                                ("[" + pomelo + ",{\"criteriaSet\":\"QD26-01\"}]").getBytes(StandardCharsets.UTF_8))));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = json(r);
        JsonNode row = report.get("sheets").get(0);
        // national 75 (3★); the pack raises 1.5 option 2 from 1 to 1.5 points: 75.5, still held at 3★ by 1.5
        assertEquals(
                new BigDecimal("75"),
                row.get("national").get("total").decimalValue().stripTrailingZeros());
        assertEquals(
                new BigDecimal("75.5"),
                row.get("pack").get("total").decimalValue().stripTrailingZeros());
        assertEquals(0, row.get("change").asInt());
        assertEquals(2, report.get("summary").get("sheets").asInt());
        assertEquals(1, report.get("summary").get("compared").asInt());
        assertEquals(1, report.get("summary").get("invalid").asInt());

        HttpResponse<String> noPack = http.upload(
                "/v1/impact",
                List.of(new Http.Part(
                        "sheets",
                        "sheets.json",
                        "application/json",
                        ("[" + pomelo + "]").getBytes(StandardCharsets.UTF_8))));
        problem(noPack, 400);
    }

    @Test
    void healthInfoAndMetricsNameTheCriteria() throws Exception {
        http.postJson("/v1/evaluations", sample("qd26-01-buoi-da-xanh.json"));
        JsonNode health = json(http.get("/actuator/health"));
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("components").get("ocop").get("status").asText());
        assertEquals(
                "national criteria",
                health.get("components").get("ocop").get("details").get("pack").asText());
        JsonNode info = json(http.get("/actuator/info"));
        assertNotNull(info.get("ocop").get("edition"), info.toString());
        HttpResponse<String> metrics = http.get("/actuator/metrics/ocop.evaluations");
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(json(metrics).get("measurements").get(0).get("value").asDouble() >= 1);
    }

    @Test
    void theOpenApiDocumentCoversEveryEndpointAndReferencesThePublishedSchemas() throws Exception {
        HttpResponse<String> r = http.get("/v3/api-docs");
        assertEquals(200, r.statusCode());
        JsonNode doc = json(r);
        assertEquals("3.1.0", doc.get("openapi").asText());
        // written to the build output, as served
        Files.writeString(Path.of("target/openapi.json"), r.body(), StandardCharsets.UTF_8);

        RequestMappingHandlerMapping mapping =
                http.context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/v1/") || path.startsWith("/v3/") || path.startsWith("/schema/")) {
                    info.getMethodsCondition()
                            .getMethods()
                            .forEach(m -> served.add(m.name().toLowerCase() + " " + path));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths")
                .properties()
                .forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        assertEquals(served, documented);

        Set<String> refs = new TreeSet<>();
        collectRefs(doc, refs);
        for (String expected : List.of(
                "sheet",
                "sitting",
                "result",
                "batch",
                "advice",
                "validate-report",
                "problem",
                "catalogue",
                "criteria-set",
                "impact")) {
            assertTrue(refs.contains("/schema/" + expected + ".schema.json"), expected + " in " + refs);
        }
        for (String ref : refs) {
            HttpResponse<String> schema = http.get(ref);
            assertEquals(200, schema.statusCode(), ref);
            JsonNode s = json(schema);
            assertEquals(
                    "https://json-schema.org/draft/2020-12/schema",
                    s.get("$schema").asText(),
                    ref);
            // the very file of docs/schema/
            assertEquals(
                    OcopJson.mapper().readTree(Files.readString(Path.of("../docs" + ref), StandardCharsets.UTF_8)), s);
        }
    }

    private static void collectRefs(JsonNode n, Set<String> refs) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (n.isArray()) {
            n.forEach(x -> collectRefs(x, refs));
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
