package vn.ocop.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.Limit;
import vn.ocop.MarkerBasis;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.SpreadPolicy;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.json.OcopJson;
import vn.ocop.result.Council;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.CouncilTally;
import vn.ocop.spi.Outcome;

/**
 * Scores a council: checks every member's sheet, lets the rules decide each member's outcome, computes the
 * per-criterion sums and the values the markers are checked on ({@link ScoringOptions#markerBasis()}), lets
 * the rules decide the council's outcome on them, and adds the members, spread and quorum.
 */
final class Councils {
    private final DefaultScorer scorer;

    Councils(DefaultScorer scorer) {
        this.scorer = scorer;
    }

    ScoreResult score(List<Sheet> members) {
        Objects.requireNonNull(members, "members: pass the members' sheets");
        scorer.options().limits().check(Limit.COUNCIL_MEMBERS, members.size(), "council");
        List<String> sources = new ArrayList<>();
        List<List<SheetProblem>> earlier = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Sheet m = members.get(i);
            sources.add(m != null && m.id() != null ? m.id() : "member " + (i + 1));
            earlier.add(List.of());
        }
        return council(members, sources, earlier);
    }

    ScoreResult scoreJson(Map<String, String> jsonBySource) {
        Objects.requireNonNull(jsonBySource, "jsonBySource: pass the members' sheets as JSON by source");
        scorer.options().limits().check(Limit.COUNCIL_MEMBERS, jsonBySource.size(), "council");
        jsonBySource.forEach((source, json) -> scorer.checkSize(json, source));
        List<Sheet> sheets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<List<SheetProblem>> earlier = new ArrayList<>();
        List<SheetProblem> unreadable = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, String> e : jsonBySource.entrySet()) {
            OcopJson.Reading reading = OcopJson.readSheetLeniently(e.getValue());
            int at = position++;
            if (reading.sheet() == null) {
                reading.problems().forEach(p -> unreadable.add(p.at(at, e.getKey() + " ")));
                continue;
            }
            sheets.add(reading.sheet());
            sources.add(e.getKey());
            earlier.add(reading.problems());
        }
        if (!unreadable.isEmpty()) {
            for (int i = 0; i < sheets.size(); i++) {
                scorer.check(sheets.get(i), earlier.get(i), sources.get(i), unreadable, i, sources.get(i) + " ");
            }
            throw new InvalidSheetException("council", unreadable);
        }
        return council(sheets, sources, earlier);
    }

    private ScoreResult council(List<Sheet> sheets, List<String> sources, List<List<SheetProblem>> earlier) {
        List<SheetProblem> problems = new ArrayList<>();
        if (sheets.isEmpty()) {
            throw new InvalidSheetException(
                    "council",
                    List.of(new SheetProblem(
                            SheetProblem.Code.NO_SHEET, "$", "a council needs at least one member's sheet")));
        }
        List<DefaultScorer.Checked> checked = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i) == null) {
                problems.add(new SheetProblem(SheetProblem.Code.NO_SHEET, "$", "no sheet (null)")
                        .at(i, sources.get(i) + " "));
                checked.add(null);
                continue;
            }
            checked.add(scorer.check(sheets.get(i), earlier.get(i), sources.get(i), problems, i, sources.get(i) + " "));
        }
        DefaultScorer.Checked first = checked.stream()
                .filter(c -> c != null && c.choice() != null)
                .findFirst()
                .orElse(null);
        if (first != null) {
            for (int i = 0; i < checked.size(); i++) {
                DefaultScorer.Checked c = checked.get(i);
                if (c != null
                        && c.choice() != null
                        && !c.set().id().equals(first.set().id())) {
                    problems.add(new SheetProblem(
                            SheetProblem.Code.MIXED_SETS,
                            c.source() + " $.criteriaSet",
                            null,
                            i,
                            c.source() + " scores criteria set " + c.set().id() + " ("
                                    + c.resolved().edition().id()
                                    + ") but " + first.source() + " scores "
                                    + first.set().id() + " ("
                                    + first.resolved().edition().id() + "): a council scores one product on one set"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSheetException("council", problems);
        }
        return score(java.util.Objects.requireNonNull(first, "a council without problems has a first sheet"), checked);
    }

    private ScoreResult score(DefaultScorer.Checked first, List<DefaultScorer.Checked> checked) {
        CriteriaSet set = first.set();
        ScoringOptions options = scorer.options();
        List<Outcome> outcomes = new ArrayList<>();
        LinkedHashSet<Finding> findings = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        List<Council.Member> members = new ArrayList<>();
        for (DefaultScorer.Checked c : checked) {
            Outcome o = scorer.evaluate(c);
            outcomes.add(o);
            findings.addAll(c.sheet().findings());
            c.warnings().forEach(w -> warnings.add(c.source() + ": " + w));
            members.add(new Council.Member(c.source(), o.total(), o.bandStars(), o.stars()));
        }
        // the spread is checked before the rules run: under SpreadPolicy.ERROR they would run for nothing
        List<String> councilWarnings = new ArrayList<>();
        Council council = council(members, options, councilWarnings);
        CouncilTally tally = tally(scorer.index(set), outcomes, options.markerBasis(), List.copyOf(findings));
        Outcome means = scorer.engine().evaluateCouncil(set, tally, options);
        warnings.addAll(Results.setWarnings(set));
        warnings.addAll(councilWarnings);
        LocalDate recognitionDate = checked.stream()
                .map(c -> c.sheet().recognitionDate())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate evaluationDate = checked.stream()
                .map(c -> c.sheet().evaluationDate())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        Map<String, Object> product = new LinkedHashMap<>(checked.get(0).sheet().product());
        return Results.build(
                scorer.scope(first),
                new Results.Subject(null, product, recognitionDate, evaluationDate, tally.checked(), council, warnings),
                means);
    }

    /**
     * Per criterion, the sum of the members' points and the value the markers are checked on: the mean of the
     * members' points or the lowest of them, as {@code basis} says. A member whose dossier was rejected leaves
     * every criterion at 0: the rules then reject the council's dossier too.
     */
    static CouncilTally tally(SetIndex index, List<Outcome> outcomes, MarkerBasis basis, List<Finding> findings) {
        boolean scored = outcomes.stream().noneMatch(Outcome::isRejected);
        List<Map<String, BigDecimal>> points = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, BigDecimal> byCriterion = new java.util.HashMap<>();
            o.awards().forEach(a -> byCriterion.put(a.criterion(), a.points()));
            points.add(byCriterion);
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        for (Criterion leaf : index.leaves()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal lowest = null;
            for (Map<String, BigDecimal> member : points) {
                BigDecimal p = BigDecimal.ZERO;
                if (scored) {
                    p = member.get(leaf.code());
                    if (p == null) {
                        throw new IllegalStateException("the engine gave no points for criterion " + leaf.code());
                    }
                }
                sum = sum.add(p);
                lowest = lowest == null || p.compareTo(lowest) < 0 ? p : lowest;
            }
            sums.put(leaf.code(), sum);
            checked.put(
                    leaf.code(),
                    basis == MarkerBasis.EVERY_MEMBER
                            ? Objects.requireNonNull(lowest)
                            : CouncilTally.mean(sum, outcomes.size()));
        }
        return new CouncilTally(outcomes.size(), sums, checked, findings);
    }

    /** The members, spread and quorum; a spread over the limit is a warning or, by policy, an exception. */
    private static Council council(List<Council.Member> members, ScoringOptions options, List<String> warnings) {
        Council.Member low =
                members.stream().min((a, b) -> a.total().compareTo(b.total())).orElseThrow();
        Council.Member high =
                members.stream().max((a, b) -> a.total().compareTo(b.total())).orElseThrow();
        BigDecimal spread = high.total().subtract(low.total());
        boolean exceeded = spread.compareTo(options.maxSpread()) > 0;
        boolean quorumMet = members.size() >= options.quorum();
        Council council = Council.builder()
                .members(members)
                .lowestTotal(low.total())
                .highestTotal(high.total())
                .spread(spread)
                .maxSpread(options.maxSpread())
                .spreadExceeded(exceeded)
                .quorum(options.quorum())
                .quorumMet(quorumMet)
                .markerBasis(options.markerBasis())
                .build();
        if (exceeded) {
            String text = "member totals spread " + plain(spread) + " points, from " + plain(low.total()) + " ("
                    + low.id() + ") to " + plain(high.total()) + " (" + high.id() + "), more than the "
                    + plain(options.maxSpread()) + " allowed";
            if (options.spreadPolicy() == SpreadPolicy.ERROR) {
                throw new CouncilSpreadException("council: " + text, council);
            }
            warnings.add(text);
        }
        if (!quorumMet) {
            warnings.add("the council has " + members.size() + (members.size() == 1 ? " member" : " members")
                    + ", fewer than the quorum of " + options.quorum());
        }
        return council;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
