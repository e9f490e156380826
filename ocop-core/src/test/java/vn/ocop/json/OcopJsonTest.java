package vn.ocop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidSheetException;
import vn.ocop.SheetProblem;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;

class OcopJsonTest {

    @Test
    void readsEveryKindOfAnswer() {
        Sheet s = OcopJson.readSheet("""
                {"id": 7, "criteriaSet": "QD26-26", "edition": "QD-26-2026", "evaluationDate": "2026-09-15",
                 "product": {"name": "Bản Lác", "members": 12},
                 "answers": {"1.1": 2, "3.2": 0, "2.4": true, "8": {"case": "a", "option": 2}},
                 "findings": ["FOREIGN_MATTER"]}""", "t");
        assertEquals("7", s.id());
        assertEquals("QD26-26", s.criteriaSet());
        assertEquals(LocalDate.of(2026, 9, 15), s.evaluationDate());
        assertEquals("Bản Lác", s.product().get("name"));
        assertEquals(List.of("1.1", "3.2", "2.4", "8"), List.copyOf(s.answers().keySet()));
        assertEquals(Answer.option(2), s.answers().get("1.1"));
        assertEquals(Answer.none(), s.answers().get("3.2"));
        assertEquals(Answer.yesNo(true), s.answers().get("2.4"));
        assertEquals(Answer.caseOption("a", 2), s.answers().get("8"));
        assertEquals(List.of(Finding.FOREIGN_MATTER), s.findings());
    }

    @Test
    void aWrittenSheetIsTheContractAndReadsBackTheSame() {
        String json = """
                {"id":"7","criteriaSet":"QD26-26","edition":"QD-26-2026","evaluationDate":"2026-09-15",\
                "reEvaluation":false,"product":{"name":"Bản Lác"},\
                "answers":{"1.1":2,"3.2":0,"2.4":true,"8":{"case":"a","option":2}},"findings":["FOREIGN_MATTER"]}""";
        Sheet s = OcopJson.readSheet(json, "t");
        assertEquals(json, OcopJson.write(s));
        assertEquals(s, OcopJson.readSheet(OcopJson.write(s), "again"));
    }

    @Test
    void reportsEveryStructuralProblemWithItsPath() {
        OcopJson.Reading r = OcopJson.readSheetLeniently("""
                {"criteriaSet": "QD26-01", "evaluationDate": "15/09/2026", "answer": {},
                 "answers": {"1.1": "3", "1.2": 2.5, "1.3": [1, 2], "8": {"case": "a"}, "1.4": null},
                 "findings": ["MOULD"]}""");
        assertEquals(
                List.of(
                        new SheetProblem(
                                SheetProblem.Code.UNKNOWN_FIELD,
                                "$.answer",
                                "unknown field 'answer' (a sheet has answers, criteriaSet, edition,"
                                        + " evaluationDate, filingDate, findings, id, meta, notes, product, reEvaluation, recognitionDate)"),
                        new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.evaluationDate",
                                "expected a date like 2026-09-15 but found \"15/09/2026\""),
                        new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.answers[\"1.1\"]",
                                "expected an option position (a whole number), true/false, or"
                                        + " {\"case\": …, \"option\": …}, but found the string \"3\""),
                        new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.answers[\"1.2\"]",
                                "expected an option position (a whole number), true/false, or"
                                        + " {\"case\": …, \"option\": …}, but found the number 2.5"),
                        new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.answers[\"1.3\"]",
                                "expected an option position (a whole number), true/false, or"
                                        + " {\"case\": …, \"option\": …}, but found a list (a criterion takes exactly one answer)"),
                        new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.answers[\"8\"]",
                                "a case answer is {\"case\": \"a\", \"option\": 1}; found" + " {\"case\":\"a\"}"),
                        new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.answers[\"1.4\"]",
                                "expected an option position (a whole number), true/false, or"
                                        + " {\"case\": …, \"option\": …}, but found null"),
                        new SheetProblem(
                                SheetProblem.Code.UNKNOWN_FINDING,
                                "$.findings[0]",
                                "unknown finding \"MOULD\" (known: FORGED_DOSSIER,"
                                        + " NO_FOOD_SAFETY_CERTIFICATE, NO_PRODUCTION_LICENCE, NO_PRODUCT_DECLARATION,"
                                        + " NO_MANDATORY_PRODUCTION_CONDITIONS, INVALID_REGISTRATION, FOREIGN_MATTER, COPIED_PRODUCT,"
                                        + " IMPORTED_RAW_MATERIAL, FOOD_SAFETY_CERTIFICATE_UNSUITABLE, NO_PRODUCT_ANNOUNCEMENT,"
                                        + " COMMON_PRODUCT_WITHOUT_DISTINCTION, IP_VIOLATION)")),
                r.problems());
        assertEquals("QD26-01", r.sheet().criteriaSet());
        assertTrue(r.sheet().answers().isEmpty());
    }

    @Test
    void aDuplicateAnswerIsAnError() {
        InvalidSheetException e = assertThrows(
                InvalidSheetException.class,
                () -> OcopJson.readSheet(
                        "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": 2, \"1.1\": 3}}", "dup.json"));
        assertEquals("$", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("not valid JSON at line 1, column"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("Duplicate field '1.1'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("dup.json: 1 problem"), e.getMessage());
    }

    @Test
    void notAnObjectOrNoSetIsReported() {
        assertEquals(
                List.of(new SheetProblem(SheetProblem.Code.NOT_JSON, "$", "a sheet is a JSON object, not a list")),
                OcopJson.readSheetLeniently("[1]").problems());
        OcopJson.Reading r = OcopJson.readSheetLeniently("{\"answers\": {}}");
        assertNull(r.sheet());
        assertEquals(
                List.of(new SheetProblem(SheetProblem.Code.MISSING_FIELD, "$.criteriaSet", "missing")), r.problems());
    }

    /**
     * A hostile document's problems say what is wrong in the user's terms: no names of the JSON library's
     * settings (which the user cannot change), and no huge value quoted whole.
     */
    @Test
    void messagesNameNoLibrarySettingAndQuoteNoHugeValue() {
        String huge = "x".repeat(900_000);
        List<String> documents = List.of(
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": NaN}}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": -Infinity}}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": +1}}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": 1" + "1".repeat(2_000) + "}}",
                "[".repeat(3_000),
                "{/* a comment */ \"criteriaSet\": \"QD26-01\"}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": " + huge + "}}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": \"" + huge + "\"}}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": {\"case\": \"" + huge + "\"}}}",
                "{\"criteriaSet\": \"QD26-01\", \"" + huge + "\": 1, \"answers\": {}}",
                "{\"criteriaSet\": \"QD26-01\", \"evaluationDate\": \"" + huge + "\", \"answers\": {}}",
                "{\"criteriaSet\": \"QD26-01\", \"findings\": [\"" + huge + "\"], \"answers\": {}}",
                "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"" + huge + "\": 1}}");
        for (String json : documents) {
            List<SheetProblem> problems = OcopJson.readSheetLeniently(json).problems();
            String shown = json.length() > 80 ? json.substring(0, 80) : json;
            assertTrue(!problems.isEmpty(), shown);
            for (SheetProblem p : problems) {
                String line = p.toString();
                assertTrue(
                        !line.contains("x".repeat(100)) && !line.contains("1".repeat(100)),
                        () -> shown + " → " + line.substring(0, Math.min(line.length(), 400)));
                for (String internal : List.of("`", "StreamReadConstraints", "JsonReadFeature", "Feature '")) {
                    assertTrue(!line.contains(internal), () -> shown + " → " + line);
                }
            }
        }
        assertEquals(
                "not valid JSON at line 1, column 50: Non-standard token 'NaN' (JSON numbers have no NaN or Infinity)",
                OcopJson.readSheetLeniently(documents.get(0)).problems().get(0).message());
        assertEquals(
                "not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)",
                OcopJson.readSheetLeniently(documents.get(4)).problems().get(0).message());
    }

    @Test
    void aProblemKeepsAtMostItsMaximumOfText() {
        SheetProblem p = new SheetProblem(SheetProblem.Code.INVALID_VALUE, "$." + "k".repeat(5_000), "m".repeat(5_000));
        assertEquals(SheetProblem.MAX_PATH, p.path().length());
        assertEquals(SheetProblem.MAX_MESSAGE, p.message().length());
        assertTrue(p.message().endsWith("…"), p.message());
    }

    @Test
    void decomposedVietnameseKeysAreNormalised() {
        String decomposed = java.text.Normalizer.normalize("1.đ", java.text.Normalizer.Form.NFD);
        Sheet s = OcopJson.readSheet("{\"criteriaSet\": \"QD148-01\", \"answers\": {\"" + decomposed + "\": 1}}", "t");
        assertTrue(s.answers().containsKey("1.đ"));
    }

    @Test
    void theMapperHandedOutIsACopyAndTheModuleWritesTheContractsForms() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mine = OcopJson.mapper();
        mine.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        assertEquals("{\"a\":1}", OcopJson.write(java.util.Map.of("a", 1)), "the library's mapper is unchanged");
        com.fasterxml.jackson.databind.ObjectMapper host =
                new com.fasterxml.jackson.databind.ObjectMapper().registerModule(OcopJson.module());
        assertEquals(
                "[\"2026-09-15\",3,true,{\"case\":\"a\",\"option\":2}]",
                host.writeValueAsString(List.of(
                        java.time.LocalDate.of(2026, 9, 15),
                        vn.ocop.sheet.Answer.option(3),
                        vn.ocop.sheet.Answer.yesNo(true),
                        vn.ocop.sheet.Answer.caseOption("a", 2))));
    }

    @Test
    void theContractsFieldNamesComeFromTheModuleNotFromTheRecords() throws Exception {
        vn.ocop.result.Advice.Change change = new vn.ocop.result.Advice.Change(
                "8", "a", 2, 1, java.math.BigDecimal.valueOf(3), java.math.BigDecimal.ONE);
        String json = OcopJson.write(change);
        assertTrue(json.contains("\"case\":\"a\"") && !json.contains("caseCode"), json);
        String award = OcopJson.write(vn.ocop.result.Award.builder()
                .criterion("8")
                .criterionLabel("Tính độc đáo")
                .caseCode("a")
                .option(2)
                .label("x")
                .points(java.math.BigDecimal.ONE)
                .max(java.math.BigDecimal.TEN)
                .build());
        assertTrue(
                award.startsWith("{\"criterion\":\"8\",\"criterionLabel\":\"Tính độc đáo\",\"criterionLabelEn\":\"\","
                        + "\"case\":\"a\",\"option\":2,"),
                award);
        for (Class<?> value : List.of(
                vn.ocop.result.Award.class,
                vn.ocop.result.Advice.Change.class,
                vn.ocop.pack.PackReport.class,
                vn.ocop.result.ScoreResult.class,
                vn.ocop.sheet.Sheet.class)) {
            for (java.lang.reflect.Method m : value.getDeclaredMethods()) {
                assertTrue(
                        java.util.Arrays.stream(m.getAnnotations())
                                .noneMatch(x -> x.annotationType().getName().startsWith("com.fasterxml")),
                        value.getSimpleName() + "." + m.getName());
            }
        }
    }
}
