package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidSheetException;
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.sheet.Sheet;

/** The named limits, as a host meets them through the API, and the sane range of a sheet's dates. */
class LimitsTest {
    private static Sheet sheet(String id) {
        return Sheet.builder(FakeEngine.SET)
                .id(id)
                .answer("1", 2)
                .answer("2", 2)
                .answer("3", 2)
                .build();
    }

    private static DefaultScorer scorer(Limits limits) {
        return new DefaultScorer(new FakeEngine(), ScoringOptions.defaults().withLimits(limits));
    }

    @Test
    void limitsHaveNamesDefaultsAndChecks() {
        Limits l = Limits.defaults();
        assertEquals(1L << 20, l.get(Limit.SHEET_BYTES));
        assertEquals(Limit.PACK_FILE_BYTES, Limit.fromSetting("packFileBytes"));
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> Limit.fromSetting("bytes"));
        assertTrue(unknown.getMessage().startsWith("unknown limit 'bytes' (the limits are sheetBytes,"));
        Limits raised = l.with(Limit.PROBLEMS, 7);
        assertEquals(7, raised.get(Limit.PROBLEMS));
        assertEquals(100, l.get(Limit.PROBLEMS), "a copy: the defaults do not change");
        assertNotEquals(l, raised);
        assertEquals(raised, Limits.defaults().with(Limit.PROBLEMS, 7));
        assertEquals(
                raised.hashCode(), Limits.defaults().with(Limit.PROBLEMS, 7).hashCode());
        assertTrue(raised.toString().contains("problems=7"), raised.toString());
        assertThrows(IllegalArgumentException.class, () -> l.with(Limit.PROBLEMS, 0));
        assertThrows(IllegalArgumentException.class, () -> l.with(Limit.SHEET_BYTES, Long.MAX_VALUE));
        assertEquals(Limits.MAX, l.with(Limit.SHEET_BYTES, Limits.MAX).get(Limit.SHEET_BYTES));
        LimitExceededException e =
                assertThrows(LimitExceededException.class, () -> raised.check(Limit.PROBLEMS, 9, "sheet x"));
        assertEquals(
                "sheet x: 9 problems, more than the limit problems = 7 problems (a setting of Limits; in the CLI,"
                        + " --limit problems=N)",
                e.getMessage());
        assertEquals(9, e.value());
        assertEquals(7, e.max());
    }

    @Test
    void aSheetsJsonIsMeasuredInUtf8BeforeItIsRead() {
        String json = "{\"criteriaSet\": \"" + FakeEngine.SET + "\", \"product\": {\"name\": \"Bưởi\"},"
                + " \"answers\": {\"1\": 2, \"2\": 2, \"3\": 2}}";
        int bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertEquals(
                100,
                scorer(Limits.defaults().with(Limit.SHEET_BYTES, bytes))
                        .scoreJson(json, "a.json")
                        .total()
                        .intValue());
        LimitExceededException e = assertThrows(
                LimitExceededException.class,
                () -> scorer(Limits.defaults().with(Limit.SHEET_BYTES, bytes - 1))
                        .scoreJson(json, "a.json"));
        assertEquals(bytes, e.value(), "ư and ở are two and three bytes: counted as UTF-8, not as chars");
    }

    @Test
    void aCouncilIsBoundedBeforeItIsScored() {
        DefaultScorer s = scorer(Limits.defaults().with(Limit.COUNCIL_MEMBERS, 2));
        assertEquals(
                100, s.scoreCouncil(List.of(sheet("m1"), sheet("m2"))).total().intValue());
        LimitExceededException e = assertThrows(
                LimitExceededException.class, () -> s.scoreCouncil(List.of(sheet("m1"), sheet("m2"), sheet("m3"))));
        assertEquals(Limit.COUNCIL_MEMBERS, e.limit());
        Map<String, String> json = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            json.put("m" + i, "{}");
        }
        assertThrows(LimitExceededException.class, () -> s.scoreCouncilJson(json));
    }

    @Test
    void datesOutsideTheSaneRangeAreProblemsOfTheSheet() {
        Sheet far = sheet("far").toBuilder()
                .recognitionDate(LocalDate.MAX)
                .evaluationDate(LocalDate.of(1899, 12, 31))
                .build();
        InvalidSheetException e = assertThrows(
                InvalidSheetException.class, () -> scorer(Limits.defaults()).score(far));
        assertEquals(
                List.of("$.evaluationDate", "$.recognitionDate"),
                e.problems().stream().map(SheetProblem::path).toList());
        assertTrue(e.problems().stream().allMatch(p -> p.code() == SheetProblem.Code.INVALID_VALUE));
        assertEquals(
                100,
                scorer(Limits.defaults())
                        .score(sheet("edge").toBuilder()
                                .evaluationDate(LocalDate.of(2200, 12, 31))
                                .build())
                        .total()
                        .intValue(),
                "the last day of the range is a date a sheet may carry");
    }
}
