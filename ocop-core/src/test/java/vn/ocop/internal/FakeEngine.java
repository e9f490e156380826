package vn.ocop.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.MarkerPolicy;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.Confidence;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.RecognitionRule;
import vn.ocop.catalogue.Selection;
import vn.ocop.catalogue.StarBand;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.CouncilTally;
import vn.ocop.spi.Outcome;
import vn.ocop.spi.ScoringEngine;

/**
 * A scoring engine in plain Java over a tiny edition, so that the core's logic (validation, result
 * building, councils, advice, batches) is tested without Drools.
 *
 * <p>Edition {@code T-1}, set {@code T-01}: part A (max 40) criterion 1 with options 10 / 40 points; part B
 * (25) criterion 2 with options 5 / 25; part C (35) criterion 3 with options 15 / 35, whose option 2 carries a
 * 4★ marker (at least 35 points for 4★ and above). Bands: 1★ [0,30), 2★ [30,50), 3★ [50,70), 4★ [70,90),
 * 5★ [90,100]. Provincial recognition for 3★ and 4★, central for 5★; certificates run 36 months.
 */
final class FakeEngine implements ScoringEngine {
    static final String SET = "T-01";
    static final String EDITION = "T-1";

    private final Catalogue catalogue = new Catalogue(List.of(edition()));
    /** When set, every outcome also names this failed marker rule (a rule the catalogue does not know). */
    String strayMarker;

    private static Criterion criterion(String code, String group, int max, int low, int high, List<Minimum> minimums) {
        return Criterion.builder()
                .code(code)
                .group(group)
                .parent("")
                .max(BigDecimal.valueOf(max))
                .selection(Selection.SINGLE)
                .label("criterion " + code)
                .options(List.of(
                        new Option(1, BigDecimal.valueOf(low), "low " + code, "T-01 " + code + " #1"),
                        new Option(2, BigDecimal.valueOf(high), "high " + code, "T-01 " + code + " #2")))
                .minimums(minimums)
                .build();
    }

    private static Part part(PartCode code, int max, Criterion c) {
        return new Part(
                code,
                BigDecimal.valueOf(max),
                List.of(CriterionGroup.builder()
                        .code(c.group())
                        .part(code)
                        .max(BigDecimal.valueOf(max))
                        .label("group " + c.group())
                        .criteria(List.of(c))
                        .build()));
    }

    static Edition edition() {
        CriteriaSet set = CriteriaSet.builder()
                .id(SET)
                .edition(EDITION)
                .number(1)
                .name("Test set")
                .confidence(Confidence.CONFIRMED)
                .parts(List.of(
                        part(PartCode.A, 40, criterion("1", "A1", 40, 10, 40, List.of())),
                        part(PartCode.B, 25, criterion("2", "B1", 25, 5, 25, List.of())),
                        part(
                                PartCode.C,
                                35,
                                criterion(
                                        "3",
                                        "C1",
                                        35,
                                        15,
                                        35,
                                        List.of(
                                                new Minimum(4, BigDecimal.valueOf(35), 2, "T-01 3 4★"),
                                                new Minimum(5, BigDecimal.valueOf(35), 2, "T-01 3 5★"))))))
                .file("t/T-01.csv")
                .build();
        List<StarBand> bands = List.of(
                band(1, 0, 30),
                band(2, 30, 50),
                band(3, 50, 70),
                band(4, 70, 90),
                new StarBand(5, BigDecimal.valueOf(90), null, BigDecimal.valueOf(100), "", "T-1 5★"));
        return Edition.builder()
                .id(EDITION)
                .act("Test act")
                .effectiveFrom(LocalDate.of(2020, 1, 1))
                .partMaxima(Map.of(
                        PartCode.A,
                        BigDecimal.valueOf(40),
                        PartCode.B,
                        BigDecimal.valueOf(25),
                        PartCode.C,
                        BigDecimal.valueOf(35)))
                .bands(bands)
                .sets(List.of(set))
                .recognition(List.of(
                        new RecognitionRule(3, "province", LocalDate.of(2020, 1, 1), null, "the province"),
                        new RecognitionRule(4, "province", LocalDate.of(2020, 1, 1), null, "the province"),
                        new RecognitionRule(5, "central", LocalDate.of(2020, 1, 1), null, "the ministry")))
                .certificateMonths(36)
                .file("t/edition.csv")
                .build();
    }

    private static StarBand band(int stars, int from, int below) {
        return new StarBand(stars, BigDecimal.valueOf(from), BigDecimal.valueOf(below), null, "", "T-1 " + stars + "★");
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public Outcome evaluate(CriteriaSet set, Sheet sheet, ScoringOptions options) {
        for (Finding f : sheet.findings()) {
            if (f.kind() == Finding.Kind.DOSSIER) {
                return Outcome.rejected(f.name(), "T-1 reject " + f.name());
            }
        }
        Outcome.Builder b = Outcome.builder();
        List<BigDecimal> points = new ArrayList<>();
        for (Criterion c : set.leaves()) {
            int option = ((Answer.Choice) sheet.answers().get(c.code())).option();
            BigDecimal p =
                    option == 0 ? BigDecimal.ZERO : c.options().get(option - 1).points();
            points.add(p);
            b.award(new Outcome.Awarded(
                    c.code(),
                    null,
                    option,
                    p,
                    option == 0 ? null : c.options().get(option - 1).rule()));
        }
        return finish(set, b, points, points, 1, options);
    }

    @Override
    public Outcome evaluateCouncil(CriteriaSet set, CouncilTally tally, ScoringOptions options) {
        Outcome.Builder b = Outcome.builder();
        List<BigDecimal> means = new ArrayList<>();
        List<BigDecimal> checked = new ArrayList<>();
        for (Criterion c : set.leaves()) {
            BigDecimal mean = CouncilTally.mean(tally.sums().get(c.code()), tally.members());
            means.add(mean);
            checked.add(tally.checked().get(c.code()));
            b.award(new Outcome.Awarded(c.code(), null, 0, mean, null));
        }
        return finish(set, b, means, checked, tally.members(), options);
    }

    private Outcome finish(
            CriteriaSet set,
            Outcome.Builder b,
            List<BigDecimal> points,
            List<BigDecimal> checked,
            int members,
            ScoringOptions options) {
        BigDecimal total = BigDecimal.ZERO;
        List<Criterion> leaves = set.leaves();
        int lowestFailed = 6;
        for (int i = 0; i < leaves.size(); i++) {
            Criterion c = leaves.get(i);
            b.group(c.group(), points.get(i));
            b.part(
                    set.groups().stream()
                            .filter(g -> g.code().equals(c.group()))
                            .findFirst()
                            .orElseThrow()
                            .part(),
                    points.get(i));
            total = total.add(points.get(i));
            for (Minimum m : c.minimums()) {
                if (checked.get(i).compareTo(m.points()) < 0) {
                    b.failedMarker(m.rule());
                    lowestFailed = Math.min(lowestFailed, m.stars());
                }
            }
        }
        if (strayMarker != null) {
            b.failedMarker(strayMarker);
        }
        int band = 0;
        for (StarBand sb : catalogue.edition(EDITION).orElseThrow().bands()) {
            if (total.compareTo(sb.from()) >= 0) {
                band = sb.stars();
            }
        }
        int stars = options.markerPolicy() == MarkerPolicy.REPORT_ONLY ? band : Math.min(band, lowestFailed - 1);
        return b.total(total).stars(band, stars).build();
    }
}
