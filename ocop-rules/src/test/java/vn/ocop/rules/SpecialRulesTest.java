package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidSheetException;
import vn.ocop.MarkerPolicy;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;

/** Stop rules, dossier rejection, the marker policy and sheet validation, on the national rules. */
class SpecialRulesTest {
    static final Scorer SCORER = Ocop.scorer();

    static CriteriaSet set(String id) {
        return SCORER.catalogue().set(id).orElseThrow();
    }

    static String sample(String name) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("..", "ocop-examples", "samples", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bundled QD26-01 sample, worked by hand in ocop-examples' SamplesTest. */
    static Sheet pomelo() {
        return vn.ocop.json.OcopJson.readSheet(sample("qd26-01-buoi-da-xanh.json"), "pomelo");
    }

    static Sheet withFinding(Sheet s, Finding f) {
        return s.toBuilder().findings(List.of(f)).build();
    }

    @Nested
    class StopRules {
        @Test
        void foreignMatterInAFoodProductLeavesItWithoutStars() {
            // QD26-01 criterion 6.1 note: "Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất …"
            ScoreResult r = SCORER.score(withFinding(Sheets.best(set("QD26-01")), Finding.FOREIGN_MATTER));
            assertEquals(0, r.total().compareTo(BigDecimal.valueOf(100)), "the sheet's marks are still reported");
            assertEquals(5, r.bandStars());
            assertEquals(0, r.stars());
            assertFalse(r.ocopProduct());
            assertEquals(1, r.stops().size());
            assertEquals("FOREIGN_MATTER", r.stops().get(0).finding());
            assertEquals("6.1", r.stops().get(0).criterion());
            assertEquals(
                    vn.ocop.catalogue.StopEffect.NOT_ASSESSED, r.stops().get(0).effect());
            assertTrue(r.stops().get(0).text().contains("tạp chất"));
        }

        @Test
        void anIntellectualPropertyViolationEliminatesAHandicraft() {
            ScoreResult r = SCORER.score(withFinding(Sheets.best(set("QD26-21")), Finding.IP_VIOLATION));
            assertEquals(0, r.stars());
            assertEquals(
                    vn.ocop.catalogue.StopEffect.ELIMINATED, r.stops().get(0).effect());
            assertEquals("6.2", r.stops().get(0).criterion());
        }

        @Test
        void zeroOnABottledWaterSensoryIndicatorStopsTheEvaluation() {
            // QD26-16 criterion 6.4 note: "Nếu được 0 điểm tại một trong các chỉ tiêu trên …" (6.1–6.4)
            Sheet best = Sheets.best(set("QD26-16"));
            java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(best.answers());
            answers.put("6.3", Answer.option(1)); // the lowest rung of 6.3 scores 0
            ScoreResult r =
                    SCORER.score(Sheet.builder("QD26-16").answers(answers).build());
            assertEquals(0, r.criteria().get("6.3").signum());
            assertEquals(0, r.stars());
            assertEquals(1, r.stops().size());
            assertEquals("6.3", r.stops().get(0).criterion());
        }

        @Test
        void aStopFindingWithoutARuleInTheSetIsRejected() {
            InvalidSheetException e = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(withFinding(Sheets.best(set("QD26-01")), Finding.IP_VIOLATION)));
            assertEquals(
                    List.of(
                            new SheetProblem(
                                    SheetProblem.Code.UNKNOWN_FINDING,
                                    "$.findings[0]",
                                    "finding IP_VIOLATION has no stop rule in criteria set"
                                            + " QD26-01 (its stop rules take COMMON_PRODUCT_WITHOUT_DISTINCTION, FOREIGN_MATTER)")),
                    e.problems());
        }
    }

    @Test
    void aDossierFindingRejectsTheSheetBeforeScoring() {
        ScoreResult r = SCORER.score(withFinding(Sheets.best(set("QD26-14")), Finding.FORGED_DOSSIER));
        assertTrue(r.disqualified());
        assertEquals("FORGED_DOSSIER", r.disqualifications().get(0).finding());
        assertEquals(
                "Dossier rejected before scoring", r.disqualifications().get(0).rule());
        assertEquals(0, r.total().signum());
        assertEquals(0, r.bandStars());
        assertEquals(0, r.stars());
        assertTrue(r.criteria().isEmpty(), "nothing is scored");
    }

    @Nested
    class MarkerPolicies {
        // The bundled QD26-01 sample, worked by hand in ocop-examples' SamplesTest: A 32 + B 18 + C 25 = 75,
        // band 4★; criterion 1.5 has 1 point and its 4★ marker needs 2.
        final Sheet sheet = vn.ocop.json.OcopJson.readSheet(sample("qd26-01-buoi-da-xanh.json"), "pomelo");

        @Test
        void byDefaultAFailedMarkerHoldsTheProductAtTheHighestLevelWhoseMarkersPass() {
            ScoreResult r = SCORER.score(sheet);
            assertEquals(4, r.bandStars());
            assertEquals(3, r.stars());
            assertEquals(MarkerPolicy.HIGHEST_PASSING_LEVEL, r.markerPolicy());
        }

        @Test
        void reportOnlyKeepsTheBandAndStillListsTheFailures() {
            Scorer reportOnly = Ocop.scorer(ScoringOptions.defaults().withMarkerPolicy(MarkerPolicy.REPORT_ONLY));
            ScoreResult r = reportOnly.score(sheet);
            assertEquals(4, r.stars());
            assertEquals(
                    List.of("1.5"),
                    r.failedMinimums().get(4).stream().map(f -> f.criterion()).toList());
            assertEquals(MarkerPolicy.REPORT_ONLY, r.markerPolicy());
        }

        @Test
        void aFailedThreeStarMarkerLeavesAProductOfTheThreeStarBandAtTwoStars() {
            // QD26-01 criterion 2.2 is marked *** on its third option (2 points); option 2 gives 1.
            java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(sheet.answers());
            answers.put("2.2", Answer.option(2));
            answers.put("1.1", Answer.option(1)); // 75 - 1 (2.2: 2→1) - 2 (1.1: 3→1) = 72; still band 4
            answers.put("4.3", Answer.option(1)); // 72 - 3 (4.3: 3→0) = 69: band 3
            ScoreResult r =
                    SCORER.score(Sheet.builder("QD26-01").answers(answers).build());
            assertEquals(0, r.total().compareTo(BigDecimal.valueOf(69)));
            assertEquals(3, r.bandStars());
            assertEquals(2, r.stars());
            assertFalse(r.ocopProduct());
            assertEquals(
                    List.of("2.2"),
                    r.failedMinimums().get(3).stream().map(f -> f.criterion()).toList());
        }
    }

    @Nested
    class Validation {
        @Test
        void everyProblemOfASheetIsReportedAtOnceWithItsPath() {
            Sheet.Builder b = Sheet.builder("QD26-26");
            Sheets.best(set("QD26-26")).answers().forEach(b::answer);
            Sheet s = b.answer("1.1", 7) // out of range
                    .answer("3.2", true) // a single-choice criterion answered yes/no
                    .answer("8", Answer.caseOption("c", 1)) // no such case
                    .answer("9", 2) // a case criterion without its case
                    .answer("99.9", 1) // unknown criterion
                    .build();
            java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(s.answers());
            answers.remove("17"); // missing
            InvalidSheetException e = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(
                            Sheet.builder("QD26-26").id("t1").answers(answers).build()));
            assertEquals(
                    List.of(
                            new SheetProblem(
                                    SheetProblem.Code.OPTION_OUT_OF_RANGE,
                                    "$.answers[\"1.1\"]",
                                    "option 7 is out of range for criterion 1.1 (Bộ phận điều phối"
                                            + " quản lý và điều hành dịch vụ): it has options 1..2 (0 when none applies)"),
                            new SheetProblem(
                                    SheetProblem.Code.WRONG_ANSWER_KIND,
                                    "$.answers[\"3.2\"]",
                                    "criterion 3.2 (Đại diện pháp luật của chủ thể là nữ; hoặc"
                                            + " đồng bào dân tộc thiểu số; hoặc người khuyết tật) takes an option position 0..2, not true"),
                            new SheetProblem(
                                    SheetProblem.Code.UNKNOWN_CASE,
                                    "$.answers[\"8\"]",
                                    "criterion 8 (Đáp ứng điều kiện kinh doanh dịch vụ) has no case"
                                            + " 'c' (its cases: a, b)"),
                            new SheetProblem(
                                    SheetProblem.Code.WRONG_ANSWER_KIND,
                                    "$.answers[\"9\"]",
                                    "criterion 9 (Đảm bảo an toàn và an ninh trật tự) takes a case"
                                            + " and an option, such as {\"case\": \"a\", \"option\": 1}, or 0 when nothing applies; not"
                                            + " the number 2"),
                            new SheetProblem(
                                    SheetProblem.Code.UNKNOWN_CRITERION,
                                    "$.answers[\"99.9\"]",
                                    "unknown criterion '99.9' in criteria set QD26-26"),
                            new SheetProblem(
                                    SheetProblem.Code.MISSING_ANSWER,
                                    "$.answers[\"17\"]",
                                    "missing answer for criterion 17 (Hàng hóa dịch vụ (ăn uống, đồ"
                                            + " lưu niệm...)); answer an option position 1..2, or 0 when none of its options applies")),
                    e.problems());
            assertTrue(e.getMessage().startsWith("sheet t1: 6 problems"), e.getMessage());
        }

        @Test
        void aContainerIsNotAnswered() {
            Sheet.Builder b = Sheet.builder("QD26-11");
            Sheets.best(set("QD26-11")).answers().forEach(b::answer);
            InvalidSheetException e = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(b.answer("6.1", 2).build()));
            assertEquals(
                    "criterion 6.1 (Ngoại hình) is the sum of 6.1.1, 6.1.2: answer those instead",
                    e.problems().get(0).message());
        }

        @Test
        void anUnknownSetOrAMismatchedEditionIsNamed() {
            InvalidSheetException e = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(Sheet.builder("QD26-99").build()));
            assertEquals("$.criteriaSet", e.problems().get(0).path());
            assertTrue(e.problems()
                    .get(0)
                    .message()
                    .startsWith("unknown criteria set 'QD26-99' (known: QD26-01, QD26-02"));
            Sheet s = Sheets.best(set("QD26-02"));
            InvalidSheetException e2 = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(Sheet.builder(s.criteriaSet())
                            .edition("QD-148-2023")
                            .answers(s.answers())
                            .build()));
            assertEquals(
                    new SheetProblem(
                            SheetProblem.Code.UNKNOWN_EDITION,
                            "$.edition",
                            "criteria set QD26-02 belongs to edition QD-26-2026, not"
                                    + " QD-148-2023 (named in the sheet)"),
                    e2.problems().get(0));
            InvalidSheetException e3 = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(Sheet.builder(s.criteriaSet())
                            .edition("QD-2030")
                            .answers(s.answers())
                            .build()));
            assertEquals(
                    new SheetProblem(
                            SheetProblem.Code.UNKNOWN_EDITION,
                            "$.edition",
                            "unknown edition 'QD-2030' (known: QD-26-2026, QD-148-2023," + " QD-1048-2019)"),
                    e3.problems().get(0));
        }

        @Test
        void anEvaluationDateBeforeTheEditionIsAWarning() {
            Sheet s = Sheets.best(set("QD26-03"));
            ScoreResult r = SCORER.score(Sheet.builder(s.criteriaSet())
                    .evaluationDate(java.time.LocalDate.of(2026, 1, 5))
                    .answers(s.answers())
                    .build());
            assertTrue(
                    r.warnings()
                            .contains("evaluation date 2026-01-05 lies outside the period of edition QD-26-2026"
                                    + " (from 2026-05-22)"),
                    r.warnings().toString());
        }

        @Test
        void aDecomposedVietnameseCodeMatchesItsComposedForm() {
            Sheet s = Sheets.best(set("QD26-05"));
            String decomposed = java.text.Normalizer.normalize("QD26-05", java.text.Normalizer.Form.NFD);
            ScoreResult r =
                    SCORER.score(Sheet.builder(decomposed).answers(s.answers()).build());
            assertEquals(5, r.stars());
        }
    }

    @Test
    void correctedSourceTyposAreVisibleAsWarnings() {
        ScoreResult r = SCORER.score(Sheets.best(set("QD26-04")));
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("source shows 13")),
                r.warnings().toString());
    }
}
