package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.json.OcopJson;
import vn.ocop.portfolio.InvalidPortfolioException;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;
import vn.ocop.result.Council;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.EvaluationLevel;
import vn.ocop.sheet.Role;
import vn.ocop.sheet.Sheet;
import vn.ocop.sheet.Sitting;

/**
 * The core's part of sittings and portfolios against {@link FakeEngine} (criterion 1: 10 / 40, criterion 2:
 * 5 / 25, criterion 3: 15 / 35), worked by hand: what the core decides before and after the rules.
 */
class SittingAndPortfolioTest {
    private final FakeEngine engine = new FakeEngine();
    private final Scorer scorer = new DefaultScorer(engine, ScoringOptions.defaults());

    private static Sheet sheet(int c1, int c2, int c3) {
        return Sheet.builder(FakeEngine.SET)
                .answer("1", c1)
                .answer("2", c2)
                .answer("3", c3)
                .evaluationDate(LocalDate.of(2026, 6, 1))
                .build();
    }

    @Test
    void aSittingsSeatsPairsAndMembersFarFromTheMean() {
        // chair 40 + 25 + 35 = 100; members 40 + 5 + 35 = 80 and 40 + 25 + 15 = 80; a secretary; an absent
        // member. Scoring seats 4, scored 3. Pairs over 10: chair with each member (20). Mean 260 / 3 = 86.67:
        // the chair lies 13.33 above it, each member 6.67 below, all more than 6.
        Sitting sitting = Sitting.builder()
                .level(EvaluationLevel.CENTRAL)
                .seat("chair", Role.CHAIR, sheet(2, 2, 2))
                .seat("secretary", Role.SECRETARY, sheet(1, 1, 1))
                .seat("m1", Role.MEMBER, sheet(2, 1, 2))
                .seat("m2", Role.MEMBER, sheet(2, 2, 1))
                .seat("m3", Role.MEMBER, null)
                .build();
        ScoreResult r = scorer.scoreSitting(sitting);
        Council c = r.council();
        assertEquals("3 of 4", c.completion());
        assertFalse(c.complete());
        assertEquals(EvaluationLevel.CENTRAL, c.level());
        assertNull(c.seats().get(1).total());
        assertEquals(Council.SeatStatus.ABSENT, c.seats().get(4).status());
        assertEquals(
                List.of("chair m1 20", "chair m2 20"),
                c.spreadPairs().stream()
                        .map(p -> p.first() + " " + p.second() + " " + p.difference())
                        .toList());
        assertEquals(
                List.of("chair", "m1", "m2"),
                c.membersFarFromMean().stream().map(Council.Deviation::id).toList());
        assertEquals(
                0,
                c.exactMean()
                        .compareTo(
                                new BigDecimal("260").divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128)));
        assertTrue(
                r.warnings().contains("chair's total 100 lies 13.33 points above the members' mean, more than 6"),
                r.warnings().toString());
        Sitting.Builder same = sitting.toBuilder();
        assertEquals(sitting, same.build());
        assertEquals(sitting.hashCode(), same.build().hashCode());
        assertTrue(sitting.toString().contains("CENTRAL"));
    }

    @Test
    void aSittingFromJsonAndItsProblems() {
        String sheet = "{\"criteriaSet\": \"" + FakeEngine.SET + "\", \"answers\": {\"1\": 2, \"2\": 2, \"3\": 2}}";
        ScoreResult r = scorer.scoreSittingJson(
                "{\"level\": \"PROVINCE\", \"members\": [{\"name\": \"a\", \"role\": \"CHAIR\", \"sheet\": " + sheet
                        + "}, {\"name\": \"b\", \"role\": \"EXPERT\", \"sheet\": " + sheet + "}]}",
                "s.json");
        assertEquals("1 of 1", r.council().completion());
        assertTrue(r.warnings().contains("b sits as expert, and experts do not score: the sheet is not counted"));
        List<String> paths = new ArrayList<>();
        for (String json : List.of(
                "[]",
                "{",
                "{\"members\": 3}",
                "{\"level\": 1, \"x\": 2}",
                "{\"members\": [3, {\"name\": \"a\", \"role\": \"X\", \"sheet\": [], \"y\": 1}]}")) {
            InvalidSheetException e =
                    assertThrows(InvalidSheetException.class, () -> scorer.scoreSittingJson(json, "s.json"));
            e.problems().forEach(p -> paths.add(p.path()));
        }
        assertEquals(
                List.of(
                        "$",
                        "$",
                        "$.members",
                        "$.x",
                        "$.level",
                        "$.members",
                        "$.members[0]",
                        "$.members[1].y",
                        "$.members[1].role",
                        "$.members[1].sheet"),
                paths);
        InvalidSheetException none = assertThrows(
                InvalidSheetException.class,
                () -> scorer.scoreSitting(
                        Sitting.builder().seat("a", Role.MEMBER, null).build()));
        assertEquals(SheetProblem.Code.NO_SHEET, none.problems().get(0).code());
    }

    @Test
    void aPortfolioLineIsReadWithEveryProblemNamed() {
        List<SheetProblem> problems = new ArrayList<>();
        PortfolioProduct p = OcopJson.readPortfolioProduct(
                "{\"id\": \"x\", \"name\": \"n\", \"criteriaSet\": \"S\", \"extra\": 1, \"locality\": {\"province\":"
                        + " \"P\", \"commune\": \"C\"}, \"recognitions\": [{\"stars\": 4, \"edition\": \"E\","
                        + " \"recognitionDate\": \"2025-01-02\", \"certificate\": \"1/QĐ\", \"level\": \"province\","
                        + " \"expires\": \"2028-01-02\"}]}",
                problems);
        assertEquals(List.of(), problems);
        assertEquals(new Locality("P", null, "C"), p.locality());
        assertEquals(
                new PortfolioRecognition(
                        4, "E", LocalDate.of(2025, 1, 2), "1/QĐ", EvaluationLevel.PROVINCE, LocalDate.of(2028, 1, 2)),
                p.recognitions().get(0));
        for (String bad : List.of(
                "[1]",
                "{",
                "{\"locality\": 1, \"recognitions\": 2}",
                "{\"id\": \"x\", \"recognitions\": [1, {\"stars\": 2, \"level\": \"TOWN\", \"recognitionDate\":"
                        + " \"1800-01-01\"}]}")) {
            assertNull(OcopJson.readPortfolioProduct(bad, problems), bad);
        }
        assertEquals(
                List.of(
                        "$",
                        "$",
                        "$.id",
                        "$.locality",
                        "$.recognitions",
                        "$.recognitions[0]",
                        "$.recognitions[1].stars",
                        "$.recognitions[1].edition",
                        "$.recognitions[1].level",
                        "$.recognitions[1].recognitionDate"),
                problems.stream().map(SheetProblem::path).toList());
    }

    @Test
    void aPortfolioIsCheckedBeforeItsRulesRun() {
        PortfolioRecognition ok =
                new PortfolioRecognition(3, FakeEngine.EDITION, LocalDate.of(2024, 1, 1), null, null, null);
        InvalidPortfolioException e = assertThrows(
                InvalidPortfolioException.class,
                () -> scorer.due(
                        List.of(
                                new PortfolioProduct("", null, null, Locality.UNKNOWN, List.of(ok)),
                                new PortfolioProduct("", null, null, Locality.UNKNOWN, List.of())),
                        LocalDate.of(2026, 1, 1),
                        6));
        assertEquals(
                List.of("products[0] $.id", "products[1] $.id", "products[1] $.id"),
                e.problems().stream().map(SheetProblem::path).toList());
        assertTrue(
                e.getMessage().startsWith("portfolio: products[0] $.id: the id is empty (and 2 more)"), e.getMessage());
        // a valid portfolio reaches the engine, which has no portfolio rules here
        List<PortfolioProduct> valid = List.of(new PortfolioProduct("a", null, null, Locality.UNKNOWN, List.of(ok)));
        assertThrows(UnsupportedOperationException.class, () -> scorer.due(valid, LocalDate.of(2026, 1, 1), 6));
        assertThrows(UnsupportedOperationException.class, () -> scorer.stats(valid, LocalDate.of(2026, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> scorer.due(valid, LocalDate.of(2026, 1, 1), -1));
        assertThrows(IllegalArgumentException.class, () -> scorer.due(valid, LocalDate.of(2019, 1, 1), 6));
    }

    /** From the outside tester's list: disagreements between members, and a quorum no sitting can meet. */
    @Test
    void membersWhoDisagreeOnTheProductOrItsDateAndAnImpossibleQuorumAreSaid() {
        Sheet a = sheet(2, 2, 2).toBuilder()
                .product(java.util.Map.of("name", "Bưởi"))
                .recognitionDate(LocalDate.of(2026, 6, 1))
                .build();
        Sheet b = sheet(2, 2, 2).toBuilder()
                .product(java.util.Map.of("name", "Cam"))
                .recognitionDate(LocalDate.of(2026, 6, 2))
                .build();
        ScoreResult r = new DefaultScorer(engine, ScoringOptions.defaults().withQuorum(3)).scoreCouncil(List.of(a, b));
        assertTrue(
                r.warnings()
                        .contains("the members' sheets give 2 different recognition dates [2026-06-01, 2026-06-02];"
                                + " the latest is reported"),
                r.warnings().toString());
        assertTrue(
                r.warnings()
                        .contains("the members' sheets give 2 different products [{name=Bưởi}, {name=Cam}]; the"
                                + " first member's is reported"),
                r.warnings().toString());
        assertTrue(
                r.warnings()
                        .contains("the council is incomplete: 2 of 2 scoring members scored, 3 required (more than"
                                + " the 2 scoring seats: it can never be complete)"),
                r.warnings().toString());
        assertEquals(LocalDate.of(2026, 6, 2), r.recognition().recognitionDate());
    }
}
