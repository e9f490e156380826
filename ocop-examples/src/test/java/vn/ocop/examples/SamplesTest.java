package vn.ocop.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.Ocop;
import vn.ocop.catalogue.PartCode;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.ScoreResult;

/**
 * The bundled sample sheets, one per category, with results worked by hand from the option points
 * of Phụ lục II of 26/2026/QĐ-TTg (per-group sums in the comments).
 */
class SamplesTest {

    record Expected(int a, int b, int c, int total, int band, int stars, Map<Integer, List<String>> failed) {}

    static Stream<Arguments> samples() {
        return Stream.of(
                // Food, set 1: A 12+9+11, B 8+10, C 10+1+3+4+3+2+2. Band 4★ held at 3★ by 1.5 (1 < 2).
                Arguments.of(
                        "qd26-01-buoi-da-xanh.json",
                        new Expected(32, 18, 25, 75, 4, 3, Map.of(4, List.of("1.5"), 5, List.of("1.3", "1.5", "4.1")))),
                // Food, set 11 (tea, nested 6.1 = 6.1.1 + 6.1.2 = 2+1, 6.2 = 2+3+3): C 11+3+4+3+2+2.
                // Band 4★ held at 3★: 6.1.2 has 1, its **** needs 2.
                Arguments.of(
                        "qd26-11-che-shan-tuyet.json",
                        new Expected(
                                33,
                                17,
                                25,
                                75,
                                4,
                                3,
                                Map.of(4, List.of("6.1.2"), 5, List.of("1.5", "4.1", "6.1.2", "7")))),
                // Beverages, set 14: A 11+6+6, B 8+4, C 3+3+3+3+3+4+3+2. Band 3★, every *** passes.
                Arguments.of(
                        "qd26-14-ruou-nep-cai-hoa-vang.json",
                        new Expected(
                                23,
                                12,
                                24,
                                59,
                                3,
                                3,
                                Map.of(
                                        4,
                                        List.of("1.4", "2.1", "2.3", "3.4", "3.5", "5.1"),
                                        5,
                                        List.of("1.4", "2.1", "2.3", "3.4", "3.5", "4.1", "5.1", "7")))),
                // Medicinal, set 18: A 18+10+12, B 11+12, C 5+4+3+2+3+5+1+2+3 = 28. 91: 5★, all markers pass.
                Arguments.of("qd26-18-cao-actiso.json", new Expected(40, 23, 28, 91, 5, 5, Map.of())),
                // Handicraft, set 21: 67, band 3★; the **** markers of 2.1 and 2.2 fail but do not matter.
                Arguments.of(
                        "qd26-21-gio-may-tre-dan.json",
                        new Expected(
                                30,
                                16,
                                21,
                                67,
                                3,
                                3,
                                Map.of(
                                        4,
                                        List.of("2.1", "2.2"),
                                        5,
                                        List.of("1.4", "2.1", "2.2", "4.1", "6.1", "6.2")))),
                // Ornamental, set 23: 34, band 2★: not an OCOP product.
                Arguments.of(
                        "qd26-23-lan-ho-diep.json",
                        new Expected(
                                15,
                                7,
                                12,
                                34,
                                2,
                                2,
                                Map.of(
                                        4,
                                        List.of("1.4", "2.1", "2.2", "3.4", "3.5", "4.1", "5.1", "6.1", "6.2", "7"),
                                        5,
                                        List.of("1.4", "2.1", "2.2", "3.4", "3.5", "4.1", "5.1", "6.1", "6.2", "7")))),
                // Tourism, set 26: A 11+10+13, B 13+7, C 3+2+3(8, case a #2)+1(9, case b #1)+2+2+2+3+2+3(15, case a
                // #2)+2+2.
                Arguments.of("qd26-26-du-lich-cong-dong.json", new Expected(34, 20, 27, 81, 4, 4, Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleScoresAsWorkedByHand(String file, Expected expected) throws IOException {
        String json = Files.readString(Path.of("samples", file), StandardCharsets.UTF_8);
        ScoreResult r = Ocop.scorer().scoreJson(json, file);
        assertEquals(BigDecimal.valueOf(expected.a()), r.parts().get(PartCode.A), "A");
        assertEquals(BigDecimal.valueOf(expected.b()), r.parts().get(PartCode.B), "B");
        assertEquals(BigDecimal.valueOf(expected.c()), r.parts().get(PartCode.C), "C");
        assertEquals(BigDecimal.valueOf(expected.total()), r.total(), "total");
        assertEquals(expected.band(), r.bandStars(), "band");
        assertEquals(expected.stars(), r.stars(), "stars");
        assertEquals(expected.stars() >= 3, r.ocopProduct());
        for (int level = 3; level <= 5; level++) {
            assertEquals(
                    expected.failed().getOrDefault(level, List.of()),
                    r.failedMinimums().get(level).stream()
                            .map(FailedMinimum::criterion)
                            .toList(),
                    "failed " + level + "★");
        }
    }

    @org.junit.jupiter.api.Test
    void teaContainersAreTheSumOfTheirChildren() throws IOException {
        ScoreResult r = Ocop.scorer()
                .scoreJson(
                        Files.readString(Path.of("samples", "qd26-11-che-shan-tuyet.json"), StandardCharsets.UTF_8),
                        "tea");
        assertEquals(BigDecimal.valueOf(2), r.criteria().get("6.1.1"));
        assertEquals(BigDecimal.valueOf(1), r.criteria().get("6.1.2"));
        assertEquals(
                BigDecimal.valueOf(11),
                r.groups().stream()
                        .filter(g -> g.code().equals("6"))
                        .findFirst()
                        .orElseThrow()
                        .points());
    }

    @org.junit.jupiter.api.Test
    void tourismCaseAnswersAreTracedToTheirCaseRules() throws IOException {
        ScoreResult r = Ocop.scorer()
                .scoreJson(
                        Files.readString(Path.of("samples", "qd26-26-du-lich-cong-dong.json"), StandardCharsets.UTF_8),
                        "tourism");
        var eight = r.awards().stream()
                .filter(a -> a.criterion().equals("8"))
                .findFirst()
                .orElseThrow();
        assertEquals("a", eight.caseCode());
        assertEquals("QD26-26 8a #2", eight.rule());
        assertEquals("vn/ocop/rules/qd26/s26/QD26-26.csv", eight.file());
        var nine = r.awards().stream()
                .filter(a -> a.criterion().equals("9"))
                .findFirst()
                .orElseThrow();
        assertEquals("b", nine.caseCode());
        assertEquals(BigDecimal.ONE, nine.points());
    }

    @org.junit.jupiter.api.Test
    void embeddingExampleScoresTheSamePomelo() {
        ScoreResult r = Ocop.scorer().score(EmbedScorer.sampleSheet());
        assertEquals(BigDecimal.valueOf(75), r.total());
        assertEquals(3, r.stars());
    }
}
