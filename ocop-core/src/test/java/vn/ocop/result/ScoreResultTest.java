package vn.ocop.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.catalogue.PartCode;

/** The invariants a result enforces on itself. */
class ScoreResultTest {
    static final Map<PartCode, BigDecimal> PARTS = Map.of(
            PartCode.A, BigDecimal.valueOf(30), PartCode.B, BigDecimal.valueOf(20), PartCode.C, BigDecimal.valueOf(25));
    static final Map<PartCode, BigDecimal> MAX = Map.of(
            PartCode.A, BigDecimal.valueOf(40), PartCode.B, BigDecimal.valueOf(25), PartCode.C, BigDecimal.valueOf(35));

    static ScoreResult result(BigDecimal total, int band, int stars) {
        return ScoreResult.builder()
                .set("X", "E")
                .editionReason("given")
                .parts(PARTS, MAX, total, BigDecimal.valueOf(100))
                .stars(band, stars)
                .build();
    }

    @Test
    void theBuilderChecksTheSameInvariantsAndDerivesOcopProduct() {
        ScoreResult r = ScoreResult.builder()
                .set("X", "E")
                .parts(PARTS, MAX, BigDecimal.valueOf(75), BigDecimal.valueOf(100))
                .stars(4, 3)
                .build();
        assertTrue(r.ocopProduct());
        assertEquals(
                r,
                result(BigDecimal.valueOf(75), 4, 3).toBuilder()
                        .editionReason("")
                        .build());
        assertFalse(r.toBuilder().stars(4, 2).build().ocopProduct());
        assertThrows(
                IllegalArgumentException.class, () -> r.toBuilder().stars(3, 4).build());
        assertThrows(
                NullPointerException.class,
                () -> ScoreResult.builder().set("X", "E").build());
    }

    @Test
    void partsMustAddUpToTheTotal() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> result(BigDecimal.valueOf(76), 4, 4));
        assertEquals("parts {A=30, B=20, C=25} add up to 75, not to the total 76", e.getMessage());
    }

    @Test
    void starsNeverExceedTheBandAndOcopMeansThreeOrMore() {
        assertThrows(IllegalArgumentException.class, () -> result(BigDecimal.valueOf(75), 3, 4));
        assertThrows(IllegalArgumentException.class, () -> result(BigDecimal.valueOf(75), 4, -1));
        assertFalse(result(BigDecimal.valueOf(75), 4, 2).ocopProduct());
        ScoreResult ok = result(BigDecimal.valueOf(75), 4, 3);
        assertTrue(ok.ocopProduct());
        assertEquals(List.of(3, 4, 5), List.copyOf(ok.failedMinimums().keySet()));
    }

    @Test
    void aFailedMinimumMustHaveFailed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new FailedMinimum("1.5", 4, BigDecimal.valueOf(2), BigDecimal.valueOf(2), 3, "r"));
    }

    @Test
    void theCriteriaAreCopiedOnceKeptInOrderAndCannotBeChanged() {
        java.util.LinkedHashMap<String, BigDecimal> source = new java.util.LinkedHashMap<>();
        source.put("2.1", BigDecimal.ONE);
        source.put("1.1", BigDecimal.TEN);
        ScoreResult r = result(BigDecimal.valueOf(75), 4, 3).toBuilder()
                .criteria(source, List.of(), List.of())
                .build();
        source.put("3.1", BigDecimal.ONE);
        assertEquals(List.of("2.1", "1.1"), List.copyOf(r.criteria().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> r.criteria().put("9", BigDecimal.ONE));
        assertThrows(
                UnsupportedOperationException.class,
                () -> r.criteria().entrySet().clear());
        ScoreResult copy = r.toBuilder().editionReason("again").build();
        assertEquals("again", copy.editionReason());
        assertEquals(r.criteria(), copy.criteria());
        assertSame(r.criteria(), copy.criteria(), "a copy shares the frozen map");
        assertEquals(
                source.hashCode() - Map.of("3.1", BigDecimal.ONE).hashCode(),
                copy.criteria().hashCode());
        assertEquals("{2.1=1, 1.1=10}", copy.criteria().toString());
    }
}
