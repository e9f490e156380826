package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.MarkerBasis;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.SpreadPolicy;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/** Councils: the exact mean total against the band edges, spread, quorum, markers on the means. */
class CouncilTest {
    static final Scorer SCORER = Ocop.scorer();
    static final CriteriaSet SET = SCORER.catalogue().set("QD26-24").orElseThrow();

    static List<Sheet> members(int... totals) {
        List<Sheet> out = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            Sheet s = BandEdgesTest.sheetWithTotal(SET, totals[i]);
            out.add(Sheet.builder(s.criteriaSet())
                    .id("m" + (i + 1))
                    .answers(s.answers())
                    .build());
        }
        return out;
    }

    static Stream<Arguments> edges() {
        return Stream.of(
                Arguments.of(new int[] {49, 50}, "49.5", 2),
                Arguments.of(new int[] {49, 51}, "50", 3),
                Arguments.of(new int[] {70, 70, 70, 70, 70, 70, 70, 70, 70, 69}, "69.9", 3),
                Arguments.of(new int[] {69, 70, 70}, "69.66666666666666666666666666666667", 3),
                Arguments.of(new int[] {69, 71}, "70", 4),
                Arguments.of(new int[] {89, 90, 90}, "89.66666666666666666666666666666667", 4),
                Arguments.of(new int[] {89, 91}, "90", 5));
    }

    @ParameterizedTest(name = "members {0}: mean {1}, band {2}★")
    @MethodSource("edges")
    void theBandAppliesToTheUnroundedMeanTotal(int[] totals, String mean, int band) {
        ScoreResult r = SCORER.scoreCouncil(members(totals));
        assertEquals(0, r.total().compareTo(new BigDecimal(mean)), "mean " + r.total());
        assertEquals(band, r.bandStars());
        assertEquals(totals.length, r.council().members().size());
    }

    @Test
    void aSpreadOfTwelvePointsIsAWarningByDefaultAndAnErrorWhenAsked() {
        ScoreResult r = SCORER.scoreCouncil(members(70, 82));
        assertEquals(0, r.council().spread().compareTo(BigDecimal.valueOf(12)));
        assertTrue(r.council().spreadExceeded());
        assertTrue(
                r.warnings()
                        .contains("one pair of members' totals lies more than 10 points apart: m2 and m1 (12)"
                                + " (totals from 70 to 82)"),
                r.warnings().toString());
        Scorer strict = Ocop.scorer(ScoringOptions.defaults().withSpread(BigDecimal.TEN, SpreadPolicy.ERROR));
        CouncilSpreadException e =
                assertThrows(CouncilSpreadException.class, () -> strict.scoreCouncil(members(70, 82)));
        assertEquals(
                "council: one pair of members' totals lies more than 10 points apart: m2 and m1 (12) (totals from 70"
                        + " to 82)",
                e.getMessage());
        assertEquals(0, e.council().spread().compareTo(BigDecimal.valueOf(12)));
        assertEquals(
                List.of("m1", "m2"),
                e.council().members().stream().map(m -> m.id()).toList());
        assertTrue(e.council().spreadExceeded());
        assertFalse(strict.scoreCouncil(members(70, 80)).council().spreadExceeded(), "10 points is allowed");
    }

    /** The bundled QD26-01 pomelo sheet (75, criterion 1.5 on its 2nd option: 1 point), with 1.5 changed. */
    static Sheet pomelo(String id, int option15) {
        Sheet p = SpecialRulesTest.pomelo();
        Map<String, Answer> answers = new LinkedHashMap<>(p.answers());
        answers.put("1.5", Answer.option(option15));
        return Sheet.builder(p.criteriaSet()).id(id).answers(answers).build();
    }

    @Test
    void aFourStarBandCouncilHeldBackByAFourStarMarkerOnTheMean() {
        // 1.5 ladder 0/1/2/3, 4★ marker 2. Members: option 2 (1 point, total 75) and option 3 (2 points, 76).
        // Mean total 75.5: band 4★. Mean of 1.5 = 1.5 < 2: the 4★ marker fails, so the council gets 3★.
        ScoreResult r = SCORER.scoreCouncil(List.of(pomelo("a", 2), pomelo("b", 3)));
        assertEquals(0, r.total().compareTo(new BigDecimal("75.5")));
        assertEquals(4, r.bandStars());
        assertEquals(3, r.stars());
        FailedMinimum f = r.failedMinimums().get(4).get(0);
        assertEquals("1.5", f.criterion());
        assertEquals(0, f.actual().compareTo(new BigDecimal("1.5")));
        assertEquals(0, f.required().compareTo(BigDecimal.valueOf(2)));
        assertEquals(0, r.criteria().get("1.5").compareTo(new BigDecimal("1.5")));
    }

    @Test
    void markersOnTheMeansOrOnEveryMember() {
        // Members: 1.5 on option 2 (1 point, total 75) and option 4 (3 points, total 77); mean total 76.
        // On the means 1.5 has 2, which meets the 4★ marker: 4★. Checked on every member, the first has
        // 1 < 2: 3★.
        List<Sheet> council = List.of(pomelo("a", 2), pomelo("b", 4));
        ScoreResult means = SCORER.scoreCouncil(council);
        assertEquals(0, means.total().compareTo(BigDecimal.valueOf(76)));
        assertEquals(4, means.stars());
        ScoreResult every = Ocop.scorer(ScoringOptions.defaults().withMarkerBasis(MarkerBasis.EVERY_MEMBER))
                .scoreCouncil(council);
        assertEquals(3, every.stars());
        assertEquals(MarkerBasis.EVERY_MEMBER, every.council().markerBasis());
        assertEquals(0, every.total().compareTo(BigDecimal.valueOf(76)), "the sums are still the means");
    }

    @Test
    void theQuorumIsReported() {
        ScoreResult r = Ocop.scorer(ScoringOptions.defaults().withQuorum(5)).scoreCouncil(members(60, 62));
        assertFalse(r.council().quorumMet());
        assertEquals(5, r.council().quorum());
        assertTrue(
                r.warnings()
                        .contains(
                                "the council is incomplete: 2 of 2 scoring members scored, 5 required (more than the 2"
                                        + " scoring seats: it can never be complete)"),
                r.warnings().toString());
        assertTrue(SCORER.scoreCouncil(members(60)).council().quorumMet());
    }

    @Test
    void membersMustScoreTheSameSet() {
        Sheet other = Sheets.best(SCORER.catalogue().set("QD26-23").orElseThrow());
        List<Sheet> mixed = new ArrayList<>(members(60));
        mixed.add(Sheet.builder(other.criteriaSet())
                .id("m2")
                .answers(other.answers())
                .build());
        InvalidSheetException e = assertThrows(InvalidSheetException.class, () -> SCORER.scoreCouncil(mixed));
        assertEquals(
                List.of(new SheetProblem(
                        SheetProblem.Code.MIXED_SETS,
                        "m2 $.criteriaSet",
                        null,
                        1,
                        "m2 scores criteria set QD26-23 (QD-26-2026) but"
                                + " m1 scores QD26-24 (QD-26-2026): a council scores one product on one set")),
                e.problems());
    }

    @Test
    void everyMembersProblemsAreReportedWithItsSource() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("a.json", "{\"criteriaSet\": \"QD26-24\", \"answers\": {}}");
        json.put("b.json", "{\"criteriaSet\": \"QD26-24\", \"answers\": {\"1.1\": 9}}");
        InvalidSheetException e = assertThrows(InvalidSheetException.class, () -> SCORER.scoreCouncilJson(json));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("a.json $.answers[\"1.1\"]")));
        assertTrue(e.problems().stream()
                .anyMatch(p -> p.path().equals("b.json $.answers[\"1.1\"]")
                        && p.message().startsWith("option 9 is out of range")));
    }
}
