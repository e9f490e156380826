package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.result.Award;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * The values built by builders: a copy through {@code toBuilder()} equals its original, a changed copy does
 * not, and a missing required field is named.
 */
class ValuesTest {
    private final DefaultScorer scorer = new DefaultScorer(new FakeEngine(), ScoringOptions.defaults());

    private static Sheet sheet(String id, int c1, int c2, int c3) {
        return Sheet.builder(FakeEngine.SET)
                .id(id)
                .evaluationDate(LocalDate.of(2026, 9, 15))
                .answer("1", c1)
                .answer("2", c2)
                .answer("3", c3)
                .build();
    }

    private static void sameAfterCopy(Object value, Object copy, Object changed) {
        assertEquals(value, copy);
        assertEquals(value.hashCode(), copy.hashCode());
        assertEquals(value.toString(), copy.toString());
        assertNotEquals(value, changed);
        assertNotEquals(value, null);
        assertNotEquals(value, "a string");
    }

    @Test
    void catalogueValuesCopyThroughTheirBuilders() {
        Edition e = FakeEngine.edition();
        sameAfterCopy(
                e, e.toBuilder().build(), e.toBuilder().certificateMonths(24).build());
        CriteriaSet s = e.sets().get(0);
        sameAfterCopy(s, s.toBuilder().build(), s.toBuilder().number(2).build());
        CriterionGroup g = s.groups().get(0);
        sameAfterCopy(g, g.toBuilder().build(), g.toBuilder().labelEn("Group").build());
        Criterion c = g.criteria().get(0);
        sameAfterCopy(
                c, c.toBuilder().build(), c.toBuilder().notes(List.of("a note")).build());
        assertTrue(c.toString().startsWith("Criterion[code=1, group=A1, "), c.toString());
    }

    @Test
    void resultsAndTheirPartsCopyThroughTheirBuilders() {
        ScoreResult one = scorer.score(sheet("p1", 2, 2, 2));
        sameAfterCopy(one, one.toBuilder().build(), one.toBuilder().id("p2").build());
        Award a = one.awards().get(0);
        sameAfterCopy(a, a.toBuilder().build(), a.toBuilder().option(1).build());
        assertEquals(5, one.recognition().stars(), "40 + 25 + 35 = 100, every marker met");
        sameAfterCopy(
                one.recognition(),
                one.recognition().toBuilder().build(),
                one.recognition().toBuilder().dateAssumed(false).build());
        ScoreResult council = scorer.scoreCouncil(List.of(sheet("m1", 2, 2, 2), sheet("m2", 2, 2, 1)));
        sameAfterCopy(
                council.council(),
                council.council().toBuilder().build(),
                council.council().toBuilder().quorum(3).build());
        Sheet s = sheet("p1", 2, 2, 2);
        sameAfterCopy(s, s.toBuilder().build(), s.toBuilder().reEvaluation(true).build());
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> Edition.builder().act("26/2026/QĐ-TTg").build());
        assertEquals("id", e.getMessage());
        e = assertThrows(
                NullPointerException.class,
                () -> Criterion.builder().code("1.1").build());
        assertEquals("group", e.getMessage());
        e = assertThrows(
                NullPointerException.class,
                () -> Award.builder().criterion("1.1").build());
        assertEquals("points", e.getMessage());
    }
}
