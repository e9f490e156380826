package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.InvalidSheetException;
import vn.ocop.Ocop;
import vn.ocop.Rounding;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.pack.Pack;
import vn.ocop.pack.Packs;
import vn.ocop.result.Council;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.EvaluationLevel;
import vn.ocop.sheet.Role;
import vn.ocop.sheet.Sheet;
import vn.ocop.sheet.Sitting;
import vn.ocop.testkit.OcopArbitraries;

/**
 * Councils as they sit: roles, completion, pairs of members too far apart, members far from the mean, the
 * level, and the rounding of the published mean. Every expected figure is worked by hand from the members'
 * totals (each sheet is first moved to its total and the total checked).
 */
class SittingTest {
    @TempDir
    static Path dir;

    /** A sheet of {@code set} whose total is {@code total}, reached from the set's best sheet rung by rung. */
    static Sheet withTotal(Scorer scorer, CriteriaSet set, String total) {
        Sheet.Builder best = Sheet.builder(set.id());
        for (Criterion c : set.leaves()) {
            best.answer(c.code(), OcopArbitraries.best(c));
        }
        Sheet s = OcopArbitraries.withTotal(set, best.build(), new BigDecimal(total));
        assertTrue(s != null, "no sheet of " + set.id() + " totals " + total);
        assertEquals(0, scorer.score(s).total().compareTo(new BigDecimal(total)), "the sheet totals " + total);
        return s;
    }

    /**
     * A sheet of {@code set} with criterion 1.5 on {@code option} and a total of {@code total}: from the best
     * sheet, the other criteria are lowered one rung at a time, in order, while the step fits what is left.
     */
    static Sheet withTotal(Scorer scorer, CriteriaSet set, int option, String total) {
        BigDecimal target = new BigDecimal(total);
        java.util.Map<String, vn.ocop.sheet.Answer> answers = new java.util.LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : set.leaves()) {
            vn.ocop.sheet.Answer a =
                    c.code().equals("1.5") ? vn.ocop.sheet.Answer.option(option) : OcopArbitraries.best(c);
            answers.put(c.code(), a);
            sum = sum.add(vn.ocop.testkit.ReferenceScorer.points(c, a));
        }
        for (Criterion c : set.leaves()) {
            if (c.code().equals("1.5")) {
                continue;
            }
            while (true) {
                vn.ocop.sheet.Answer now = answers.get(c.code());
                vn.ocop.sheet.Answer lower = OcopArbitraries.lowered(c, now);
                if (lower == null) {
                    break;
                }
                BigDecimal step = vn.ocop.testkit.ReferenceScorer.points(c, now)
                        .subtract(vn.ocop.testkit.ReferenceScorer.points(c, lower));
                if (sum.subtract(step).compareTo(target) < 0) {
                    break;
                }
                answers.put(c.code(), lower);
                sum = sum.subtract(step);
            }
        }
        Sheet s = Sheet.builder(set.id()).answers(answers).build();
        assertEquals(0, scorer.score(s).total().compareTo(target), "the sheet totals " + total);
        return s;
    }

    static final Scorer NATIONAL = Ocop.scorer();
    static final CriteriaSet S24 = NATIONAL.catalogue().set("QD26-24").orElseThrow();

    @Test
    void aSecretaryDoesNotScoreAndAnAbsentMemberLeavesTheCouncilIncomplete() {
        // Seats: chair 72, secretary (hands in a 95 by mistake), member A 70, member B absent, member C 74.
        // Scoring seats: chair, A, B, C = 4; scored 3: "3 of 4". Mean (72 + 70 + 74) / 3 = 72: band 4★.
        Sitting sitting = Sitting.builder()
                .level(EvaluationLevel.PROVINCE)
                .seat("Chủ tịch Lan", Role.CHAIR, withTotal(NATIONAL, S24, "72"))
                .seat("Thư ký Minh", Role.SECRETARY, withTotal(NATIONAL, S24, "95"))
                .seat("Ủy viên A", Role.MEMBER, withTotal(NATIONAL, S24, "70"))
                .seat("Ủy viên B", Role.MEMBER, null)
                .seat("Ủy viên C", Role.MEMBER, withTotal(NATIONAL, S24, "74"))
                .build();
        ScoreResult r = NATIONAL.scoreSitting(sitting);
        Council c = r.council();
        assertEquals(0, r.total().compareTo(BigDecimal.valueOf(72)), r.total().toString());
        assertEquals(4, r.bandStars());
        assertEquals("3 of 4", c.completion());
        assertEquals(4, c.scoringMembers());
        assertEquals(3, c.scored());
        assertEquals(4, c.quorum(), "by default every scoring member must score");
        assertFalse(c.complete());
        assertEquals(EvaluationLevel.PROVINCE, c.level());
        assertEquals(
                List.of(
                        Council.SeatStatus.SCORED,
                        Council.SeatStatus.NOT_SCORING,
                        Council.SeatStatus.SCORED,
                        Council.SeatStatus.ABSENT,
                        Council.SeatStatus.SCORED),
                c.seats().stream().map(Council.Seat::status).toList());
        assertNull(c.seats().get(1).total(), "the secretary's sheet is not counted");
        assertEquals(
                List.of("Chủ tịch Lan", "Ủy viên A", "Ủy viên C"),
                c.members().stream().map(Council.Member::id).toList());
        assertTrue(
                r.warnings().contains("Thư ký Minh sits as secretary, who does not score: the sheet is not counted"),
                r.warnings().toString());
        assertTrue(
                r.warnings().contains("the council is incomplete: 3 of 4 scoring members scored, 4 required"),
                r.warnings().toString());
        // A quorum of 3 named by the options: complete.
        Council quorum = Ocop.scorer(ScoringOptions.defaults().withQuorum(3))
                .scoreSitting(sitting)
                .council();
        assertTrue(quorum.complete());
        assertEquals("3 of 4", quorum.completion());
        // An expert scores only when the options say so.
        Sitting withExpert = sitting.toBuilder()
                .seat("Chuyên gia D", Role.EXPERT, withTotal(NATIONAL, S24, "60"))
                .build();
        assertEquals("3 of 4", NATIONAL.scoreSitting(withExpert).council().completion());
        ScoreResult experts =
                Ocop.scorer(ScoringOptions.defaults().withExpertsScoring(true)).scoreSitting(withExpert);
        assertEquals("4 of 5", experts.council().completion());
        // (72 + 70 + 74 + 60) / 4 = 69: band 3★
        assertEquals(0, experts.total().compareTo(BigDecimal.valueOf(69)));
        assertEquals(3, experts.bandStars());
    }

    /** Found by the outside tester: two seats of one name gave pairs such as "A and A". */
    @Test
    void everySeatNamesADifferentMember() {
        Sheet s = withTotal(NATIONAL, S24, "70");
        InvalidSheetException e = assertThrows(
                InvalidSheetException.class,
                () -> NATIONAL.scoreSitting(Sitting.builder()
                        .seat("A", Role.CHAIR, s)
                        .seat("A", Role.MEMBER, s)
                        .seat(" ", Role.MEMBER, s)
                        .build()));
        assertEquals(
                List.of("$.members[1].name", "$.members[2].name"),
                e.problems().stream().map(SheetProblem::path).toList());
        assertTrue(e.problems().get(0).message().contains("'A' also sits on $.members[0]"));
    }

    @Test
    void aSittingWithoutAnyScoredSheetIsRefused() {
        InvalidSheetException e = assertThrows(
                InvalidSheetException.class,
                () -> NATIONAL.scoreSitting(Sitting.builder()
                        .seat("Thư ký", Role.SECRETARY, null)
                        .seat("Ủy viên", Role.MEMBER, null)
                        .build()));
        assertEquals(SheetProblem.Code.NO_SHEET, e.problems().get(0).code());
        assertEquals("$.members", e.problems().get(0).path());
    }

    @Test
    void aSittingReadFromJsonNamesEveryProblemByItsPathInTheSitting() {
        String json = """
                {"level": "PROVINCIAL",
                 "members": [
                   {"name": "Lan", "role": "CHAIR", "sheet": {"criteriaSet": "QD26-24", "answers": {"1.1": 9}}},
                   {"name": "Minh", "role": "CLERK"},
                   {"role": "MEMBER", "seat": 3}]}
                """;
        InvalidSheetException e =
                assertThrows(InvalidSheetException.class, () -> NATIONAL.scoreSittingJson(json, "sitting.json"));
        List<String> paths = e.problems().stream().map(SheetProblem::path).toList();
        assertTrue(paths.contains("$.level"), paths.toString());
        assertTrue(paths.contains("$.members[1].role"), paths.toString());
        assertTrue(paths.contains("$.members[2].name"), paths.toString());
        assertTrue(paths.contains("$.members[2].seat"), paths.toString());
        // The chair's sheet is well formed; its option 9 is checked when the sitting is scored.
        String scored = """
                {"members": [
                   {"name": "Lan", "role": "CHAIR", "sheet": {"criteriaSet": "QD26-24", "answers": {"1.1": 9}}},
                   {"name": "Minh", "role": "SECRETARY"}]}
                """;
        InvalidSheetException s =
                assertThrows(InvalidSheetException.class, () -> NATIONAL.scoreSittingJson(scored, "sitting.json"));
        assertTrue(
                s.problems().stream()
                        .anyMatch(p -> p.path().equals("$.members[0].sheet.answers[\"1.1\"]")
                                && p.message().startsWith("option 9 is out of range")),
                s.problems().toString());
    }

    /** QD26-01 with criterion 1.5 giving 0 / 0.5 / 1.5 / 3 points: totals in half points. */
    static Pack halfPoints() {
        Path p = TestPacks.pack(dir.resolve("half"), "1", "Replace,QD26-01," + PacksTest.S01);
        TestPacks.edit(p.resolve(PacksTest.S01), "Option,1.5,,2,1,,", "Option,1.5,,2,0.5,,");
        TestPacks.edit(p.resolve(PacksTest.S01), "Option,1.5,,3,2,****,", "Option,1.5,,3,1.5,****,");
        return Packs.load(p);
    }

    @Test
    void aPairTenAndAHalfApartIsListedAndAPairExactlyTenApartIsNot() {
        Pack pack = halfPoints();
        Scorer scorer = pack.scorer();
        CriteriaSet s01 = pack.catalogue().set("QD26-01").orElseThrow();
        // A 70, B 80.5, C 80. Pairs: B–A 10.5 (over 10: listed), C–A 10 (not over), B–C 0.5.
        // Mean 230.5 / 3 = 76.833…: A lies 6.83 below it (more than 6: flagged); B 3.67 and C 3.17 above.
        Sitting sitting = Sitting.builder()
                .seat("A", Role.CHAIR, withTotal(scorer, s01, 4, "70"))
                .seat("B", Role.MEMBER, withTotal(scorer, s01, 3, "80.5"))
                .seat("C", Role.MEMBER, withTotal(scorer, s01, 4, "80"))
                .build();
        ScoreResult r = scorer.scoreSitting(sitting);
        Council c = r.council();
        assertEquals(1, c.spreadPairs().size(), c.spreadPairs().toString());
        Council.Pair pair = c.spreadPairs().get(0);
        assertEquals("B", pair.first());
        assertEquals("A", pair.second());
        assertEquals(0, pair.difference().compareTo(new BigDecimal("10.5")));
        assertTrue(c.spreadExceeded());
        assertEquals(0, c.spread().compareTo(new BigDecimal("10.5")));
        assertEquals(
                List.of("A"),
                c.membersFarFromMean().stream().map(Council.Deviation::id).toList());
        assertEquals(
                0,
                c.membersFarFromMean()
                        .get(0)
                        .deviation()
                        .compareTo(new BigDecimal("70")
                                .subtract(new BigDecimal("230.5")
                                        .divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128))));
        assertTrue(
                r.warnings()
                        .contains("one pair of members' totals lies more than 10 points apart: B and A (10.5)"
                                + " (totals from 70 to 80.5)"),
                r.warnings().toString());
        assertTrue(
                r.warnings().contains("A's total 70 lies 6.83 points below the members' mean, more than 6"),
                r.warnings().toString());
        // Without B: A and C exactly 10 apart, no pair; mean 75, both 5 from it, none flagged.
        Council ac = scorer.scoreSitting(Sitting.builder()
                        .seat("A", Role.CHAIR, withTotal(scorer, s01, 4, "70"))
                        .seat("C", Role.MEMBER, withTotal(scorer, s01, 4, "80"))
                        .build())
                .council();
        assertEquals(List.of(), ac.spreadPairs());
        assertFalse(ac.spreadExceeded());
        assertEquals(List.of(), ac.membersFarFromMean());
    }

    /** QD26-01 with criterion 1.5 giving 0 / 0.99 / 1.99 / 3 points: totals in hundredths. */
    static Pack hundredths() {
        Path p = TestPacks.pack(dir.resolve("hundredths"), "1", "Replace,QD26-01," + PacksTest.S01);
        TestPacks.edit(p.resolve(PacksTest.S01), "Option,1.5,,2,1,,", "Option,1.5,,2,0.99,,");
        TestPacks.edit(p.resolve(PacksTest.S01), "Option,1.5,,3,2,****,", "Option,1.5,,3,1.99,****,");
        return Packs.load(p);
    }

    /**
     * With whole-point options no rounding policy can cross an edge in a real council: n members' totals are
     * whole, so a mean below an edge is at most edge − 1/n; TOTAL_2DP lifts a mean by less than 0.005 (a
     * crossing needs n ≥ 200), PARTS_2DP by less than 3 × 0.005 (n ≥ 67). A pack with hundredths can: two
     * members at 69.99 and 70 have the exact mean 69.995, 3★; rounded half up to two decimals it is 70.00, 4★.
     * Under PARTS_2DP the part holding criterion 1.5 has a mean ending in 5 in the third decimal, rounded up,
     * the others end in .5 or .0: the total is 70.00 too.
     */
    @Test
    void twoDecimalRoundingCanLiftAMeanOverAnEdgeThatTheExactMeanDoesNotReach() {
        Pack pack = hundredths();
        CriteriaSet s01 = pack.catalogue().set("QD26-01").orElseThrow();
        Scorer exact = pack.scorer();
        Sheet a = withTotal(exact, s01, 3, "69.99");
        Sheet b = withTotal(exact, s01, 4, "70");
        List<Sheet> council = List.of(a, b);
        ScoreResult e = exact.scoreCouncil(council);
        assertEquals(0, e.total().compareTo(new BigDecimal("69.995")), e.total().toString());
        assertEquals(3, e.bandStars());
        assertEquals(Rounding.EXACT, e.council().rounding());
        for (Rounding policy : List.of(Rounding.TOTAL_2DP, Rounding.PARTS_2DP)) {
            ScoreResult r =
                    pack.scorer(ScoringOptions.defaults().withRounding(policy)).scoreCouncil(council);
            assertEquals(new BigDecimal("70.00"), r.total(), policy.name());
            assertEquals(4, r.bandStars(), policy.name());
            assertEquals(policy, r.council().rounding());
            assertEquals(0, r.council().exactMean().compareTo(new BigDecimal("69.995")), "nothing rounded away");
            r.parts().values().forEach(p -> assertTrue(p.scale() <= 2, policy + ": part " + p));
            r.criteria().values().forEach(p -> assertTrue(p.scale() <= 2, policy + ": criterion " + p));
        }
    }

    /**
     * PARTS_2DP rounds each part half up, which can lower a part as well as raise it: a national QD26-01 council
     * of three members who all total 70 and meet every 4★ marker (found by the outside tester). Two members
     * score alike; the third has one rung more on 1.2 (part A) and 4.2 (part B) and two points less on 6.3
     * (part C). The part means are a + 1/3, b + 1/3 and c − 2/3: published as a.33, b.33 and (c − 1).33,
     * whose sum is a + b + c − 0.01 = 69.99. The exact mean 70 is 4★; PARTS_2DP publishes 69.99, 3★.
     * TOTAL_2DP publishes 70.00 and its parts each rounded (their sum differs by a hundredth, reported as is).
     */
    @Test
    void partsRoundedOnTheirOwnCanPullAnExactEdgeBelowIt() {
        Sheet x = vn.ocop.json.OcopJson.readSheet("""
                {"criteriaSet": "QD26-01", "answers": {"1.1": 1, "1.2": 1, "1.3": 1, "1.4": 1, "1.5": 3, "1.6": 1,
                 "1.7": 1, "2.1": 3, "2.2": 3, "2.3": 3, "2.4": false, "3.1": 1, "3.2": 1, "3.3": 1, "3.4": 2,
                 "3.5": 2, "4.1": 3, "4.2": 1, "4.3": 1, "5.1": 5, "5.2": 3, "5.3": 4, "6.1": 3, "6.2": 5, "6.3": 4,
                 "6.4": 4, "7": 3, "8": 4, "9": 3, "10": 3, "11": 2, "12": 3}}
                """, "x");
        Sheet y = x.toBuilder()
                .answer("1.2", vn.ocop.sheet.Answer.option(2))
                .answer("4.2", vn.ocop.sheet.Answer.option(2))
                .answer("6.3", vn.ocop.sheet.Answer.option(2))
                .build();
        assertEquals(0, NATIONAL.score(x).total().compareTo(BigDecimal.valueOf(70)), "x totals 70");
        assertEquals(0, NATIONAL.score(y).total().compareTo(BigDecimal.valueOf(70)), "y totals 70");
        assertEquals(4, NATIONAL.score(y).stars(), "y meets every 4★ marker");
        List<Sheet> council = List.of(x, x, y);
        ScoreResult exact = NATIONAL.scoreCouncil(council);
        assertEquals(0, exact.total().compareTo(BigDecimal.valueOf(70)));
        assertEquals(4, exact.stars());
        ScoreResult parts = Ocop.scorer(ScoringOptions.defaults().withRounding(Rounding.PARTS_2DP))
                .scoreCouncil(council);
        assertEquals(new BigDecimal("69.99"), parts.total());
        assertEquals(3, parts.bandStars());
        ScoreResult total = Ocop.scorer(ScoringOptions.defaults().withRounding(Rounding.TOTAL_2DP))
                .scoreCouncil(council);
        assertEquals(new BigDecimal("70.00"), total.total());
        assertEquals(4, total.stars());
        assertEquals(
                new BigDecimal("69.99"),
                total.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                "the parts, each rounded, are reported as they are");
    }
}
