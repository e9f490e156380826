package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.InvalidSheetException;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.PartCode;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.Recognition;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/** Editions 148/QĐ-TTg (as amended by 1489/QĐ-TTg) and 1048/QĐ-TTg beside 26/2026, and choosing between them. */
class EditionsTest {
    static final Scorer SCORER = Ocop.scorer();

    @Test
    void threeEditionsAreShipped() {
        assertEquals(
                List.of("QD-26-2026", "QD-148-2023", "QD-1048-2019"),
                SCORER.catalogue().editions().stream().map(Edition::id).toList());
        Edition e148 = SCORER.catalogue().edition("QD-148-2023").orElseThrow();
        assertEquals(26, e148.sets().size());
        assertEquals(LocalDate.of(2026, 5, 21), e148.effectiveTo());
        assertEquals("1489/QĐ-TTg", e148.amendments().get(0).act());
        Edition e1048 = SCORER.catalogue().edition("QD-1048-2019").orElseThrow();
        assertEquals(
                List.of("QD1048-01"), e1048.sets().stream().map(CriteriaSet::id).toList());
        assertEquals(
                Map.of(
                        PartCode.A,
                        BigDecimal.valueOf(35),
                        PartCode.B,
                        BigDecimal.valueOf(25),
                        PartCode.C,
                        BigDecimal.valueOf(40)),
                e1048.partMaxima());
    }

    static Stream<Arguments> bestTotals() {
        // 148 as transcribed: set 7's criterion 6.d is headed 4 points but its best option gives 3 (99);
        // sets 11 and 12 print Part C as 32 of 35 (97), set 13 as 33 (98). Every other set reaches 100.
        return SCORER.catalogue().edition("QD-148-2023").orElseThrow().sets().stream()
                .map(s -> Arguments.of(
                        s.id(),
                        switch (s.id()) {
                            case "QD148-07" -> 99;
                            case "QD148-11", "QD148-12" -> 97;
                            case "QD148-13" -> 98;
                            default -> 100;
                        }));
    }

    @ParameterizedTest(name = "{0}: best answers score {1}")
    @MethodSource("bestTotals")
    void transcribed148SetsAreScoredAsTranscribedAndSayTheyArePartial(String id, int best) {
        CriteriaSet set = SCORER.catalogue().set(id).orElseThrow();
        ScoreResult r = SCORER.score(Sheets.best(set));
        assertEquals(0, r.total().compareTo(BigDecimal.valueOf(best)), id + " total " + r.total());
        assertEquals(best >= 90 ? 5 : 4, r.bandStars());
        assertTrue(
                r.warnings()
                        .contains("criteria set " + id + " is transcribed with confidence 'partial': check"
                                + " results against the official text"),
                r.warnings().toString());
        set.dataIssues()
                .forEach(issue -> assertTrue(
                        r.warnings().contains("criteria set " + id + " source note: " + issue),
                        r.warnings().toString()));
    }

    @Test
    void repeatedCodesOfThe148TranscriptionAreRenamedVisibly() {
        CriteriaSet set = SCORER.catalogue().set("QD148-13").orElseThrow();
        assertEquals(
                List.of("6.a", "6.a#2", "6.a#3", "6.a#4", "6.a#5", "6.b", "6.b#2"),
                set.leaves().stream()
                        .map(Criterion::code)
                        .filter(c -> c.startsWith("6."))
                        .toList());
        assertTrue(set.dataIssues().stream().anyMatch(i -> i.contains("answered as 6.a#2")));
    }

    /**
     * The same answers — the third rung of every ladder (or the top of a shorter one; yes on yes/no;
     * case a, option 2) — for fresh fruit (set 1) under each edition, worked from the official points:
     * <ul>
     * <li>26/2026: A 38, B 14, C 29 = 81, band 4★; 5.1 (1 < 5) and 6.2 (2 < 3) miss their 4★ markers: 3★.</li>
     * <li>148: A 17+8+12 = 37, B 8+7 = 15, C 8+2+3+2+2+2+2+3 = 24; 76, band 4★; 2.a (3 < 4) misses
     *     its 4★ marker, the 3★ markers (5.b ≥ 3, 9.a ≥ 2, 10.a ≥ 2) pass: 3★.</li>
     * <li>1048: A 14+6+9 = 29 (3.2 case a option 2 = 2), B 8+6 = 14, C 11+2+3+2+2+2+5 = 27; 70, which is
     *     4★ ("70 đến 89"); the markers of 781/2020 are unknown, none is checked: 4★.</li>
     * </ul>
     */
    static Stream<Arguments> sameAnswers() {
        return Stream.of(
                Arguments.of("QD-26-2026", 38, 14, 29, 81, 4, 3, List.of("5.1", "6.2")),
                Arguments.of("QD-148-2023", 37, 15, 24, 76, 4, 3, List.of("2.a", "5.b", "6.b", "10.a")),
                Arguments.of("QD-1048-2019", 29, 14, 27, 70, 4, 4, List.of()));
    }

    static Sheet thirdRung(Edition e, LocalDate evaluated) {
        CriteriaSet set = e.setNumber(1).orElseThrow();
        Sheet.Builder b = Sheet.builder("1").edition(e.id()).evaluationDate(evaluated);
        for (Criterion c : set.leaves()) {
            switch (c.selection()) {
                case YES_NO -> b.answer(c.code(), true);
                case CASES -> b.answer(c.code(), "a", 2);
                default -> b.answer(c.code(), Math.min(3, c.options().size()));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameAnswers")
    void theSameAnswersUnderEachEdition(
            String edition, int a, int b, int c, int total, int band, int stars, List<String> failed4) {
        Edition e = SCORER.catalogue().edition(edition).orElseThrow();
        ScoreResult r = SCORER.score(thirdRung(e, null));
        assertEquals(edition, r.edition());
        assertEquals("edition named in the sheet", r.editionReason());
        assertEquals(BigDecimal.valueOf(a), r.parts().get(PartCode.A));
        assertEquals(BigDecimal.valueOf(b), r.parts().get(PartCode.B));
        assertEquals(BigDecimal.valueOf(c), r.parts().get(PartCode.C));
        assertEquals(BigDecimal.valueOf(total), r.total());
        assertEquals(band, r.bandStars());
        assertEquals(stars, r.stars());
        assertEquals(
                failed4,
                r.failedMinimums().get(4).stream().map(FailedMinimum::criterion).toList());
    }

    @Nested
    class ChoosingTheEdition {
        /** A set-1 sheet of the given edition's codes, without naming the edition. */
        Sheet sheet(String editionOfAnswers, LocalDate filed, LocalDate evaluated, boolean reEvaluation) {
            Sheet s = thirdRung(SCORER.catalogue().edition(editionOfAnswers).orElseThrow(), evaluated);
            return Sheet.builder("1")
                    .evaluationDate(evaluated)
                    .filingDate(filed)
                    .reEvaluation(reEvaluation)
                    .answers(s.answers())
                    .build();
        }

        @Test
        void aDossierFiledBeforeThe2026DecisionFinishesUnder148WithinSixtyDays() {
            // 26/2026 applies from 2026-05-22; 148 dossiers filed before may finish within 60 days: until 2026-07-21.
            ScoreResult r =
                    SCORER.score(sheet("QD-148-2023", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 7, 21), false));
            assertEquals("QD-148-2023", r.edition());
            assertEquals("QD148-01", r.criteriaSet());
            assertEquals(
                    "dossier filed 2026-05-10 under QD-148-2023, evaluated 2026-07-21: QD-26-2026 lets it finish"
                            + " under QD-148-2023 until 2026-07-21 (60 days)",
                    r.editionReason());
        }

        @Test
        void evaluatedAfterTheSixtyDaysItIsScoredUnder2026() {
            ScoreResult r =
                    SCORER.score(sheet("QD-26-2026", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 7, 22), false));
            assertEquals("QD-26-2026", r.edition());
            assertEquals(
                    "dossier filed 2026-05-10 under QD-148-2023 but evaluated 2026-07-22, after the 60 days (until"
                            + " 2026-07-21) in which QD-26-2026 lets such dossiers finish under it",
                    r.editionReason());
        }

        @Test
        void aReEvaluationHasThirtyDays() {
            assertEquals(
                    "QD-148-2023",
                    SCORER.score(sheet("QD-148-2023", LocalDate.of(2026, 5, 21), LocalDate.of(2026, 6, 21), true))
                            .edition());
            assertEquals(
                    "QD-26-2026",
                    SCORER.score(sheet("QD-26-2026", LocalDate.of(2026, 5, 21), LocalDate.of(2026, 6, 22), true))
                            .edition());
        }

        @Test
        void filedOnTheFirstDayOf2026ItIsScoredUnder2026() {
            ScoreResult r =
                    SCORER.score(sheet("QD-26-2026", LocalDate.of(2026, 5, 22), LocalDate.of(2026, 6, 1), false));
            assertEquals("QD-26-2026", r.edition());
            assertEquals("in force on the filing date 2026-05-22", r.editionReason());
        }

        @Test
        void withoutAFilingDateTheEvaluationDateDecides() {
            assertEquals(
                    "QD-148-2023",
                    SCORER.score(sheet("QD-148-2023", null, LocalDate.of(2026, 5, 21), false))
                            .edition());
            assertEquals(
                    "QD-1048-2019",
                    SCORER.score(sheet("QD-1048-2019", null, LocalDate.of(2023, 2, 23), false))
                            .edition());
            assertEquals(
                    "QD-148-2023",
                    SCORER.score(sheet("QD-148-2023", null, LocalDate.of(2023, 2, 24), false))
                            .edition());
        }

        @Test
        void aDateBeforeAnyEditionOrASetTheEditionLacksIsAnError() {
            InvalidSheetException e = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(sheet("QD-1048-2019", null, LocalDate.of(2019, 8, 20), false)));
            assertEquals(
                    List.of(new SheetProblem(
                            SheetProblem.Code.NO_EDITION,
                            "$.evaluationDate",
                            "no edition was in force on 2019-08-20 (the"
                                    + " earliest, QD-1048-2019, applies from 2019-08-21)")),
                    e.problems());
            Sheet five = Sheet.builder("5").edition("QD-1048-2019").build();
            InvalidSheetException e2 = assertThrows(InvalidSheetException.class, () -> SCORER.score(five));
            assertEquals(
                    new SheetProblem(
                            SheetProblem.Code.UNKNOWN_CRITERIA_SET,
                            "$.criteriaSet",
                            "edition QD-1048-2019 has no criteria set 5 (it has 1)"),
                    e2.problems().get(0));
            InvalidSheetException e3 = assertThrows(
                    InvalidSheetException.class,
                    () -> SCORER.score(Sheet.builder("1").build()));
            assertEquals(
                    new SheetProblem(
                            SheetProblem.Code.NO_EDITION,
                            "$.criteriaSet",
                            "set number 1 needs an edition, or a filingDate or" + " evaluationDate to choose one"),
                    e3.problems().get(0));
        }

        @Test
        void theCallersEditionAppliesToSheetsThatNameNone() {
            Scorer old = Ocop.scorer(ScoringOptions.defaults().withEdition("QD-148-2023"));
            ScoreResult r = old.score(sheet("QD-148-2023", null, null, false));
            assertEquals("QD148-01", r.criteriaSet());
            assertEquals("edition chosen by the caller", r.editionReason());
            InvalidSheetException e = assertThrows(
                    InvalidSheetException.class,
                    () -> old.score(
                            Sheets.best(SCORER.catalogue().set("QD26-01").orElseThrow())));
            assertEquals(
                    new SheetProblem(
                            SheetProblem.Code.UNKNOWN_EDITION,
                            "$",
                            "criteria set QD26-01 belongs to edition QD-26-2026, not QD-148-2023"
                                    + " (chosen by the caller)"),
                    e.problems().get(0));
        }
    }

    @Nested
    class Recognising {
        /** 5★: the best answers; else the hand-worked third-rung sheet (148: 3★, 1048: 4★). */
        ScoreResult scored(String edition, int stars, LocalDate recognised) {
            Edition e = SCORER.catalogue().edition(edition).orElseThrow();
            Sheet s = stars == 5 ? Sheets.best(e.setNumber(1).orElseThrow()) : thirdRung(e, null);
            return SCORER.score(Sheet.builder(s.criteriaSet())
                    .edition(edition)
                    .recognitionDate(recognised)
                    .answers(s.answers())
                    .build());
        }

        @Test
        void a148ThreeStarWasRecognisedByTheDistrictUntil5July2025ThenByTheProvince() {
            ScoreResult before = scored("QD-148-2023", 3, LocalDate.of(2025, 7, 5));
            assertEquals(3, before.stars());
            assertEquals("district", before.recognition().level());
            assertEquals("UBND cấp huyện", before.recognition().authority());
            ScoreResult after = scored("QD-148-2023", 3, LocalDate.of(2025, 7, 6));
            assertEquals("province", after.recognition().level());
            assertEquals(
                    "UBND cấp tỉnh (Quyết định 1489/QĐ-TTg)",
                    after.recognition().authority());
        }

        @Test
        void a2026CertificateRunsThirtySixMonthsWithAReEvaluationWindow() {
            ScoreResult r = scored("QD-26-2026", 5, LocalDate.of(2026, 9, 30));
            Recognition rec = r.recognition();
            assertEquals(5, rec.stars());
            assertEquals("central", rec.level());
            assertEquals("Bộ trưởng Bộ Nông nghiệp và Môi trường", rec.authority());
            assertTrue(rec.potentialFiveStar());
            assertEquals(LocalDate.of(2029, 9, 30), rec.expires());
            // 180 and 120 days before 2029-09-30
            assertEquals(LocalDate.of(2029, 4, 3), rec.reEvaluationFrom());
            assertEquals(LocalDate.of(2029, 6, 2), rec.reEvaluationUntil());
            assertFalse(rec.dateAssumed());
        }

        @Test
        void belowThreeStarsNothingIsRecognised() {
            ScoreResult r =
                    SCORER.score(Sheets.none(SCORER.catalogue().set("QD26-01").orElseThrow()));
            assertNull(r.recognition());
        }

        @Test
        void a1048FourStarIsRecognisedByTheProvinceWithoutAReEvaluationWindow() {
            ScoreResult r = scored("QD-1048-2019", 4, LocalDate.of(2021, 3, 1));
            assertEquals(4, r.stars());
            assertEquals("province", r.recognition().level());
            assertEquals(LocalDate.of(2024, 3, 1), r.recognition().expires());
            assertNull(r.recognition().reEvaluationFrom());
        }
    }
}
