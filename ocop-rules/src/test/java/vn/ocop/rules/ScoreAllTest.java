package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidSheetException;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/** {@link Scorer#scoreAll}: a mixed batch, in order, equal to scoring one by one; invalid sheets all reported. */
class ScoreAllTest {
    static final Scorer SCORER = Ocop.scorer();

    static CriteriaSet set(String id) {
        return SCORER.catalogue().set(id).orElseThrow();
    }

    @Test
    void aMixedBatchComesBackInOrderWithTheHandWorkedFigures() {
        List<Sheet> batch = List.of(
                SpecialRulesTest.pomelo(),
                Sheets.best(set("QD26-07")),
                Sheets.none(set("QD26-13")),
                SpecialRulesTest.pomelo(),
                Sheets.best(set("QD148-05")));
        List<ScoreResult> r = SCORER.scoreAll(batch);
        assertEquals(5, r.size());
        // The Bến Tre pomelo (worked by hand in SpecialRulesTest): 75, the 4★ band, held at 3★ by its markers.
        for (int i : new int[] {0, 3}) {
            assertEquals(new BigDecimal("75"), r.get(i).total());
            assertEquals(3, r.get(i).stars());
        }
        // The best option everywhere: every criterion at its maximum, parts 40 + 25 + 35 = 100, every marker met.
        for (int i : new int[] {1, 4}) {
            assertEquals(
                    0,
                    new BigDecimal("100").compareTo(r.get(i).total()),
                    r.get(i).criteriaSet());
            assertEquals(5, r.get(i).stars());
        }
        assertEquals("QD26-07", r.get(1).criteriaSet());
        assertEquals("QD148-05", r.get(4).criteriaSet());
        // Nothing applies anywhere: 0 points, the 1★ band [0, 30), not an OCOP product.
        assertEquals(0, BigDecimal.ZERO.compareTo(r.get(2).total()));
        assertEquals(1, r.get(2).stars());
        assertEquals(false, r.get(2).ocopProduct());
    }

    @Test
    void aLargeBatchOverEverySetEqualsScoringOneByOne() {
        List<CriteriaSet> sets = new ArrayList<>();
        SCORER.catalogue().editions().forEach(e -> sets.addAll(e.sets()));
        Random random = new Random(7);
        List<Sheet> batch = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            CriteriaSet s = sets.get(random.nextInt(sets.size()));
            batch.add(Sheets.positions(s, c -> random.nextInt(6)));
        }
        List<ScoreResult> all = SCORER.scoreAll(batch);
        assertEquals(batch.size(), all.size());
        for (int i = 0; i < batch.size(); i++) {
            ScoreResult one = SCORER.score(batch.get(i));
            assertEquals(one, all.get(i), "sheet " + i + " of " + batch.get(i).criteriaSet());
        }
    }

    @Test
    void everyInvalidSheetIsReportedByPositionAndNothingIsScored() {
        Sheet unknown = Sheet.builder("QD26-01").answer("9.9", 1).build();
        List<Sheet> batch = Arrays.asList(SpecialRulesTest.pomelo(), unknown, SpecialRulesTest.pomelo(), null);
        InvalidSheetException e = assertThrows(InvalidSheetException.class, () -> SCORER.scoreAll(batch));
        List<String> paths = e.problems().stream().map(SheetProblem::path).toList();
        assertTrue(paths.contains("sheets[1] $.answers[\"9.9\"]"), paths::toString);
        assertTrue(paths.contains("sheets[3]"), paths::toString);
        assertTrue(
                paths.stream().allMatch(p -> p.startsWith("sheets[1]") || p.startsWith("sheets[3]")), paths::toString);
        SheetProblem unknownCriterion = e.problems().get(0);
        assertEquals(SheetProblem.Code.UNKNOWN_CRITERION, unknownCriterion.code());
        assertEquals("9.9", unknownCriterion.criterion());
        assertEquals(1, unknownCriterion.sheet());
        SheetProblem missing = e.problems().get(1);
        assertEquals(SheetProblem.Code.MISSING_ANSWER, missing.code());
        assertEquals("1.1", missing.criterion());
        SheetProblem none = e.problems().get(e.problems().size() - 1);
        assertEquals(new SheetProblem(SheetProblem.Code.NO_SHEET, "sheets[3]", null, 3, "no sheet (null)"), none);
    }

    @Test
    void scoreEachScoresTheValidSheetsAndReportsTheRest() {
        Sheet unknown = Sheet.builder("QD26-01").answer("9.9", 1).build();
        List<Sheet> batch = Arrays.asList(SpecialRulesTest.pomelo(), unknown, SpecialRulesTest.pomelo(), null);
        List<vn.ocop.result.BatchItem> items = SCORER.scoreEach(batch, null);
        assertEquals(
                List.of(0, 1, 2, 3),
                items.stream().map(vn.ocop.result.BatchItem::position).toList());
        assertEquals(
                List.of(true, false, true, false),
                items.stream().map(vn.ocop.result.BatchItem::scored).toList());
        // the pomelo sheet scores 75 (SpecialRulesTest, worked from the official 26/2026 set 01)
        assertEquals(
                0,
                new java.math.BigDecimal("75").compareTo(items.get(0).result().total()));
        assertEquals(items.get(0).result(), items.get(2).result());
        assertTrue(
                items.get(1).problems().stream().allMatch(p -> p.sheet() == 1),
                items.get(1).problems()::toString);
        assertEquals(SheetProblem.Code.NO_SHEET, items.get(3).problems().get(0).code());
    }

    @Test
    void scoreAllRunsOnTheCallersExecutor() {
        List<Sheet> many = java.util.Collections.nCopies(200, SpecialRulesTest.pomelo());
        java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.Executor counting = r -> {
            handed.incrementAndGet();
            new Thread(r).start();
        };
        assertEquals(200, SCORER.scoreAll(many, counting).size());
        assertEquals(
                Math.min(Runtime.getRuntime().availableProcessors(), 200 / 16) - 1,
                handed.get(),
                "every share beyond the caller's runs on the given executor");
        java.util.concurrent.Executor failing = r -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        };
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> SCORER.scoreAll(many, failing));
        }
    }

    @Test
    void anEmptyBatchGivesNoResults() {
        assertEquals(List.of(), SCORER.scoreAll(List.of()));
    }
}
