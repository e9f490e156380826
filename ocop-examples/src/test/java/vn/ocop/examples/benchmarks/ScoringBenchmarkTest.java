package vn.ocop.examples.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.ocop.result.ScoreResult;

/** The benchmarks measure what they say: the plain-Java floor computes what Drools computes. */
class ScoringBenchmarkTest {

    @Test
    void thePlainJavaFloorAgreesWithDroolsOnEveryBenchmarkSheet() {
        ScoringBenchmark b = new ScoringBenchmark();
        b.setUp();
        ScoringBenchmark.Cursor cursor = new ScoringBenchmark.Cursor();
        int withoutStop = 0;
        for (int i = 0; i < ScoringBenchmark.SHEETS; i++) {
            int at = cursor.advance();
            ScoreResult r = b.scorer.score(b.sheets.get(at));
            long plain = b.plain.get(at).score(b.sheets.get(at));
            assertEquals(r.total().longValueExact(), plain % 1000, "total of sheet " + at);
            if (r.stops().isEmpty()) {
                assertEquals(r.stars(), plain / 1000, "stars of sheet " + at);
                withoutStop++;
            }
        }
        assertTrue(withoutStop > ScoringBenchmark.SHEETS / 2);
        assertEquals(
                9, b.scorer.scoreCouncil(b.councils.get(0)).council().members().size());
    }
}
