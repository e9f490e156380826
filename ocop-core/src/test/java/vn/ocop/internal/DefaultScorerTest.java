package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.MarkerBasis;
import vn.ocop.OcopException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.SpreadPolicy;
import vn.ocop.result.Advice;
import vn.ocop.result.BatchItem;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;

/**
 * The core's logic against {@link FakeEngine}: the expected figures are worked by hand from its tiny set
 * (criterion 1: 10 / 40, criterion 2: 5 / 25, criterion 3: 15 / 35 with a 4★ and 5★ marker at 35).
 */
class DefaultScorerTest {
    private final FakeEngine engine = new FakeEngine();
    private final Scorer scorer = new DefaultScorer(engine, ScoringOptions.defaults());

    private static Sheet sheet(String id, int c1, int c2, int c3) {
        return Sheet.builder(FakeEngine.SET)
                .id(id)
                .answer("1", c1)
                .answer("2", c2)
                .answer("3", c3)
                .evaluationDate(LocalDate.of(2026, 6, 1))
                .build();
    }

    private static BigDecimal n(int v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void theCoreBuildsTheWholeResultFromTheEnginesOutcome() {
        // 40 + 25 + 15 = 80: band 4★; criterion 3 has 15 < 35, so its 4★ marker holds the product at 3★
        ScoreResult r = scorer.score(sheet("s", 2, 2, 1));
        assertEquals(0, n(80).compareTo(r.total()));
        assertEquals(4, r.bandStars());
        assertEquals(3, r.stars());
        assertTrue(r.ocopProduct());
        assertEquals(List.of("1", "2", "3"), List.copyOf(r.criteria().keySet()));
        assertEquals("high 1", r.awards().get(0).label());
        assertEquals("T-01 1 #2", r.awards().get(0).rule());
        assertEquals("t/T-01.csv", r.awards().get(0).file());
        assertEquals(
                List.of("A1", "B1", "C1"),
                r.groups().stream().map(g -> g.code()).toList());
        assertEquals("3", r.failedMinimums().get(4).get(0).criterion());
        assertEquals(0, n(15).compareTo(r.failedMinimums().get(4).get(0).actual()));
        assertEquals(
                List.of("3"),
                r.failedMinimums().get(5).stream().map(f -> f.criterion()).toList());
        assertEquals("province", r.recognition().level());
        assertEquals(LocalDate.of(2029, 6, 1), r.recognition().expires());
        assertTrue(
                r.explanation().summary().contains("4★ is held back by the minimum marker of 3 (needs 35, has 15)"),
                r.explanation().summary());
        assertTrue(!r.editionReason().isBlank(), "the edition's reason is given");
    }

    @Test
    void aRejectedDossierHasNoPointsAndNoStars() {
        Sheet s =
                sheet("s", 2, 2, 2).toBuilder().finding(Finding.FORGED_DOSSIER).build();
        ScoreResult r = scorer.score(s);
        assertEquals(0, r.stars());
        assertEquals(0, r.bandStars());
        assertEquals("T-1 reject FORGED_DOSSIER", r.disqualifications().get(0).rule());
        assertNull(r.recognition());
        assertTrue(r.explanation().summary().startsWith("The dossier was rejected before scoring (FORGED_DOSSIER)"));
    }

    @Test
    void problemsCarryCodeCriterionAndPosition() {
        Sheet bad = Sheet.builder(FakeEngine.SET).answer("1", 3).answer("9", 1).build();
        InvalidSheetException e = assertThrows(InvalidSheetException.class, () -> scorer.score(bad));
        assertEquals(
                List.of(
                        SheetProblem.Code.OPTION_OUT_OF_RANGE,
                        SheetProblem.Code.UNKNOWN_CRITERION,
                        SheetProblem.Code.MISSING_ANSWER,
                        SheetProblem.Code.MISSING_ANSWER),
                e.problems().stream().map(SheetProblem::code).toList());
        assertEquals(
                Arrays.asList("1", "9", "2", "3"),
                e.problems().stream().map(SheetProblem::criterion).toList());
        assertTrue(e.problems().stream().allMatch(p -> p.sheet() == null));
        NullPointerException npe = assertThrows(NullPointerException.class, () -> scorer.score(null));
        assertTrue(npe.getMessage().startsWith("sheet is null"), npe.getMessage());
    }

    @Test
    void scoreEachScoresWhatIsValid() {
        List<BatchItem> items = scorer.scoreEach(Arrays.asList(sheet("a", 2, 2, 2), sheet("b", 1, 1, 9), null), null);
        assertEquals(0, n(100).compareTo(items.get(0).result().total()));
        assertEquals(5, items.get(0).result().stars());
        assertEquals(
                SheetProblem.Code.OPTION_OUT_OF_RANGE,
                items.get(1).problems().get(0).code());
        assertEquals(1, items.get(1).problems().get(0).sheet());
        assertEquals(
                "sheets[1] $.answers[\"3\"]", items.get(1).problems().get(0).path());
        assertEquals(SheetProblem.Code.NO_SHEET, items.get(2).problems().get(0).code());
    }

    @Test
    void aCouncilIsBandedOnTheMeanAndItsMarkersFollowTheBasis() {
        // members 100 and 80: mean 90 → band 5★; criterion 3's mean (35 + 15) / 2 = 25 < 35 fails 4★ and 5★
        List<Sheet> members = List.of(sheet("m1", 2, 2, 2), sheet("m2", 2, 2, 1));
        ScoreResult means = scorer.scoreCouncil(members);
        assertEquals(0, n(90).compareTo(means.total()));
        assertEquals(5, means.bandStars());
        assertEquals(3, means.stars());
        assertEquals(0, n(25).compareTo(means.failedMinimums().get(4).get(0).actual()));
        assertEquals("mean of 2 sheets", means.awards().get(2).label());
        assertTrue(means.council().spreadExceeded(), "100 - 80 = 20 > 10");
        assertTrue(
                means.warnings()
                        .contains("one pair of members' totals lies more than 10 points apart: m1 and m2 (20)"
                                + " (totals from 80 to 100)"),
                means.warnings().toString());
        ScoreResult small = new DefaultScorer(engine, ScoringOptions.defaults().withQuorum(5)).scoreCouncil(members);
        assertTrue(
                small.warnings()
                        .contains(
                                "the council is incomplete: 2 of 2 scoring members scored, 5 required (more than the 2"
                                        + " scoring seats: it can never be complete)"),
                small.warnings().toString());
        assertTrue(!small.council().quorumMet());
        ScoreResult every = new DefaultScorer(
                        engine, ScoringOptions.defaults().withMarkerBasis(MarkerBasis.EVERY_MEMBER))
                .scoreCouncil(members);
        assertEquals(0, n(15).compareTo(every.failedMinimums().get(4).get(0).actual()), "the lowest member's points");
        Scorer strict = new DefaultScorer(engine, ScoringOptions.defaults().withSpread(n(10), SpreadPolicy.ERROR));
        CouncilSpreadException e = assertThrows(CouncilSpreadException.class, () -> strict.scoreCouncil(members));
        assertEquals(0, n(20).compareTo(e.council().spread()));
    }

    @Test
    void anOutcomeNamingAMarkerTheCatalogueLacksIsRefused() {
        engine.strayMarker = "T-01 9 4★";
        OcopException e = assertThrows(OcopException.class, () -> scorer.score(sheet("s", 2, 2, 2)));
        assertEquals("minimum rule T-01 9 4★ is not in the catalogue of T-01", e.getMessage());
    }

    @Test
    void adviceFindsTheSmallestChangeAndChecksItWithTheEngine() {
        // 80 points, 3★: raising criterion 3 to option 2 gives 100 points and passes both markers: 5★
        Advice a = scorer.advise(sheet("s", 2, 2, 1), 1);
        assertEquals(3, a.stars());
        Advice.Target four =
                a.targets().stream().filter(t -> t.stars() == 4).findFirst().orElseThrow();
        assertEquals("3", four.changes().get(0).criterion());
        assertEquals(2, four.changes().get(0).option());
        assertEquals(5, four.proposals().get(0).starsAfter());
    }
}
