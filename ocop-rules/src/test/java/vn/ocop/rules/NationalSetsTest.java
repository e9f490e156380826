package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.result.ScoreResult;

/** Every criteria set of the current edition loads, adds up, and scores 100 and 5★ on its best answers. */
class NationalSetsTest {
    static final Scorer SCORER = Ocop.scorer();

    static Stream<String> currentSets() {
        return SCORER.catalogue().edition("QD-26-2026").orElseThrow().sets().stream()
                .map(CriteriaSet::id);
    }

    static CriteriaSet set(String id) {
        return SCORER.catalogue().set(id).orElseThrow();
    }

    @Test
    void currentEditionHas26SetsCoveringSixCategories() {
        Edition e = SCORER.catalogue().edition("QD-26-2026").orElseThrow();
        assertEquals(26, e.sets().size());
        assertEquals(
                List.of("I", "II", "III", "IV", "V", "VI"),
                e.classification().stream().map(c -> c.code()).toList());
        assertEquals("26/2026/QĐ-TTg", e.act());
        assertEquals(java.time.LocalDate.of(2026, 5, 22), e.effectiveFrom());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSets")
    void maximaAddUp(String id) {
        CriteriaSet set = set(id);
        assertEquals(0, set.part(PartCode.A).max().compareTo(BigDecimal.valueOf(40)), set.id() + " part A");
        assertEquals(0, set.part(PartCode.B).max().compareTo(BigDecimal.valueOf(25)), set.id() + " part B");
        assertEquals(0, set.part(PartCode.C).max().compareTo(BigDecimal.valueOf(35)), set.id() + " part C");
        for (Part p : set.parts()) {
            BigDecimal groups = p.groups().stream().map(CriterionGroup::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, groups.compareTo(p.max()), set.id() + " groups of part " + p.code());
            for (CriterionGroup g : p.groups()) {
                BigDecimal criteria =
                        g.criteria().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, criteria.compareTo(g.max()), set.id() + " criteria of group " + g.code());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSets")
    void bestAnswersScore100AndFiveStars(String id) {
        CriteriaSet set = set(id);
        ScoreResult r = SCORER.score(Sheets.best(set));
        assertEquals(0, r.total().compareTo(BigDecimal.valueOf(100)), set.id() + " total " + r.total());
        assertEquals(0, r.parts().get(PartCode.A).compareTo(BigDecimal.valueOf(40)), set.id());
        assertEquals(0, r.parts().get(PartCode.B).compareTo(BigDecimal.valueOf(25)), set.id());
        assertEquals(0, r.parts().get(PartCode.C).compareTo(BigDecimal.valueOf(35)), set.id());
        assertEquals(5, r.bandStars(), set.id());
        assertEquals(5, r.stars(), set.id());
        assertTrue(r.ocopProduct());
        assertTrue(r.allFailedMinimums().isEmpty(), set.id() + " " + r.allFailedMinimums());
        r.awards()
                .forEach(a -> assertTrue(a.rule() != null && a.file().endsWith(set.id() + ".csv"), set.id() + " " + a));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSets")
    void noneAnswersScoreZero(String id) {
        CriteriaSet set = set(id);
        ScoreResult r = SCORER.score(Sheets.none(set));
        assertEquals(0, r.total().signum(), set.id() + " total " + r.total());
        assertEquals(1, r.bandStars());
        boolean zeroStops = set.stopRules().stream().anyMatch(s -> s.finding() == null);
        // Set 16 (bottled water): "0 points on one of the indicators above: later steps are not assessed".
        assertEquals(zeroStops ? 0 : 1, r.stars(), set.id());
        assertEquals(zeroStops, !r.stops().isEmpty(), set.id() + " " + r.stops());
    }
}
