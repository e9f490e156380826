package vn.ocop.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Selection;
import vn.ocop.catalogue.StarBand;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/**
 * jqwik generators for any loaded criteria set. Sheets are built from the catalogue alone: each criterion
 * answered with an option of its ladder (or "none applies", or no for a yes/no). A sheet's answers cluster
 * around a random quality (15–100 % of each ladder), so that every star level is reached; they shrink toward
 * the lowest quality and the lowest answers, the most readable sheets. Derived generators (band edges,
 * councils, invalid sheets) are built by mapping these sheets, so they shrink with them.
 */
public final class OcopArbitraries {
    private OcopArbitraries() {}

    // ---- valid sheets --------------------------------------------------------------------------------

    /** @param rules the rule set @return valid, complete sheets of any of its sets */
    public static Arbitrary<Sheet> sheets(RuleSet rules) {
        return Arbitraries.of(rules.sets()).flatMap(OcopArbitraries::sheets);
    }

    /** @param set a criteria set @return valid, complete sheets of it */
    public static Arbitrary<Sheet> sheets(CriteriaSet set) {
        // Qualities below 20 % all give 1★ sheets (many ladders start at 0 points): start at 15 % so that the
        // tries spread over the star levels.
        return Arbitraries.integers()
                .between(15, 100)
                .withDistribution(RandomDistribution.uniform())
                .flatMap(quality -> sheets(set, quality));
    }

    private static Arbitrary<Sheet> sheets(CriteriaSet set, int quality) {
        List<Criterion> leaves = set.leaves();
        List<Arbitrary<Answer>> answers =
                leaves.stream().map(c -> answer(c, quality)).toList();
        return Combinators.combine(answers).as(list -> {
            Sheet.Builder b = Sheet.builder(set.id());
            for (int i = 0; i < leaves.size(); i++) {
                b.answer(leaves.get(i).code(), list.get(i));
            }
            return b.build();
        });
    }

    /** A position near {@code quality} % of a ladder of {@code size} rungs (0 = none). */
    private static Arbitrary<Integer> near(int quality, int size) {
        int target = Math.round(quality * size / 100f);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(target)),
                Tuple.of(
                        1,
                        Arbitraries.integers()
                                .between(Math.max(0, target - 1), Math.min(size, target + 1))
                                .withDistribution(RandomDistribution.uniform())));
    }

    private static Arbitrary<Answer> answer(Criterion c, int quality) {
        return switch (c.selection()) {
            case YES_NO -> near(quality, 2).map(p -> Answer.yesNo(p == 2));
            case CASES -> {
                List<Arbitrary<Answer>> perCase = new ArrayList<>();
                for (CaseDefinition k : c.cases()) {
                    perCase.add(near(quality, k.options().size()).map(o -> Answer.caseOption(k.code(), o)));
                }
                yield Arbitraries.oneOf(perCase);
            }
            default -> near(quality, c.options().size()).map(Answer::option);
        };
    }

    // ---- band edges ----------------------------------------------------------------------------------

    /**
     * A sheet whose total sits on or next to a band edge.
     *
     * @param sheet the sheet
     * @param edge  the lowest total of a band (50, 70, 90 …)
     * @param total the sheet's total: {@code edge − 1}, {@code edge} or {@code edge + 1}
     */
    public record EdgeSheet(Sheet sheet, BigDecimal edge, BigDecimal total) {}

    /**
     * @param rules the rule set
     * @return sheets whose totals sit just below, on and just above each band edge of 3★ and up (49/50/51,
     *         69/70/71, 89/90/91 for the national bands)
     */
    public static Arbitrary<EdgeSheet> sheetsAtBandEdges(RuleSet rules) {
        Edition edition = rules.edition();
        List<BigDecimal> edges = edition.bands().stream()
                .filter(b -> b.stars() >= 3)
                .map(StarBand::from)
                .sorted()
                .toList();
        return Combinators.combine(sheets(rules), Arbitraries.of(edges), Arbitraries.of(-1, 0, 1))
                .as((sheet, edge, offset) -> {
                    CriteriaSet set = rules.catalogue().set(sheet.criteriaSet()).orElseThrow();
                    BigDecimal target = edge.add(BigDecimal.valueOf(offset));
                    Sheet moved = withTotal(set, sheet, target);
                    return moved == null ? null : new EdgeSheet(moved, edge, target);
                })
                .filter(e -> e != null);
    }

    /**
     * A sheet that meets every minimum marker of its level and of the levels below, with its total on or next
     * to that level's band edge: the sheets on which the bands alone decide the stars.
     *
     * @param sheet the sheet
     * @param level the star level whose markers (and the lower levels' markers) it meets
     * @param edge  the lowest total of that level's band
     * @param total the sheet's total: {@code edge − 1}, {@code edge} or {@code edge + 1}
     */
    public record MarkedEdgeSheet(Sheet sheet, int level, BigDecimal edge, BigDecimal total) {}

    /**
     * Sheets that meet every marker of a level of 3★ and up, moved to a total just below, on or just above that
     * level's band edge without falling below any marker. Randomly generated sheets rarely meet every 4★ or 5★
     * marker near an edge; these always do, so a rule that gives the wrong stars there is met.
     *
     * @param rules the rule set
     * @return such sheets, over every set of the rule set
     */
    public static Arbitrary<MarkedEdgeSheet> sheetsMeetingMarkersAtBandEdges(RuleSet rules) {
        List<StarBand> bands = rules.edition().bands().stream()
                .filter(b -> b.stars() >= 3)
                .sorted(java.util.Comparator.comparing(StarBand::from))
                .toList();
        return Combinators.combine(sheets(rules), Arbitraries.of(bands), Arbitraries.of(-1, 0, 1))
                .as((sheet, band, offset) -> {
                    CriteriaSet set = rules.catalogue().set(sheet.criteriaSet()).orElseThrow();
                    Map<String, BigDecimal> floor = markerFloor(set, band.stars());
                    Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
                    for (Criterion c : set.leaves()) {
                        BigDecimal min = floor.get(c.code());
                        Answer a = answers.get(c.code());
                        while (min != null
                                && a != null
                                && ReferenceScorer.points(c, a).compareTo(min) < 0) {
                            a = raised(c, a);
                        }
                        if (a == null) {
                            return null; // the ladder cannot meet the marker (a defective set: other properties say so)
                        }
                        answers.put(c.code(), a);
                    }
                    BigDecimal target = band.from().add(BigDecimal.valueOf(offset));
                    Sheet moved =
                            withTotal(set, sheet.toBuilder().answers(answers).build(), target, floor);
                    return moved == null ? null : new MarkedEdgeSheet(moved, band.stars(), band.from(), target);
                })
                .filter(e -> e != null);
    }

    /**
     * Per criterion, the points its markers of {@code level} and below ask for; and above zero for a criterion
     * whose zero score stops the evaluation (a stop rule without a finding), so that no stop decides the stars.
     */
    static Map<String, BigDecimal> markerFloor(CriteriaSet set, int level) {
        Map<String, BigDecimal> floor = new LinkedHashMap<>();
        for (Criterion c : set.leaves()) {
            for (Minimum m : c.minimums()) {
                if (m.stars() <= level) {
                    floor.merge(c.code(), m.points(), BigDecimal::max);
                }
            }
        }
        for (vn.ocop.catalogue.StopRule r : set.stopRules()) {
            Criterion c = r.finding() == null ? set.criterion(r.criterion()).orElse(null) : null;
            if (c != null && c.isLeaf()) {
                List<Option> options = new ArrayList<>(c.options());
                c.cases().forEach(k -> options.addAll(k.options()));
                options.stream()
                        .map(Option::points)
                        .filter(p -> p.signum() > 0)
                        .min(BigDecimal::compareTo)
                        .ifPresent(p -> floor.merge(c.code(), p, BigDecimal::max));
            }
        }
        return floor;
    }

    /**
     * The sheet moved one rung at a time, biggest useful step first, until its total is {@code target};
     * {@code null} when the climb does not land on it exactly.
     *
     * @param set    the sheet's set
     * @param sheet  a valid sheet
     * @param target the total wanted
     * @return a sheet of that total, as close to the given one as the climb found, or {@code null}
     */
    public static Sheet withTotal(CriteriaSet set, Sheet sheet, BigDecimal target) {
        return withTotal(set, sheet, target, Map.of());
    }

    /** As {@link #withTotal(CriteriaSet, Sheet, BigDecimal)}, never lowering a criterion below its floor. */
    private static Sheet withTotal(CriteriaSet set, Sheet sheet, BigDecimal target, Map<String, BigDecimal> floor) {
        List<Criterion> leaves = set.leaves();
        Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : leaves) {
            total = total.add(ReferenceScorer.points(c, answers.get(c.code())));
        }
        for (int step = 0; step < 400 && total.compareTo(target) != 0; step++) {
            BigDecimal diff = target.subtract(total);
            int direction = diff.signum();
            Criterion best = null;
            Answer bestAnswer = null;
            BigDecimal bestDelta = null;
            boolean bestFits = false;
            for (Criterion c : leaves) {
                Answer now = answers.get(c.code());
                Answer next = direction > 0 ? raised(c, now) : lowered(c, now);
                if (next == null
                        || (floor.containsKey(c.code())
                                && ReferenceScorer.points(c, next).compareTo(floor.get(c.code())) < 0)) {
                    continue;
                }
                BigDecimal delta = ReferenceScorer.points(c, next).subtract(ReferenceScorer.points(c, now));
                if (delta.signum() != direction) {
                    continue;
                }
                boolean fits = delta.abs().compareTo(diff.abs()) <= 0;
                boolean better = best == null
                        || (fits && !bestFits)
                        || (fits == bestFits
                                && (fits
                                        ? delta.abs().compareTo(bestDelta.abs()) > 0
                                        : delta.abs().compareTo(bestDelta.abs()) < 0));
                if (better) {
                    best = c;
                    bestAnswer = next;
                    bestDelta = delta;
                    bestFits = fits;
                }
            }
            if (best == null) {
                return null;
            }
            answers.put(best.code(), bestAnswer);
            total = total.add(bestDelta);
        }
        if (total.compareTo(target) != 0) {
            return null;
        }
        return sheet.toBuilder().answers(answers).build();
    }

    /**
     * @param c a leaf criterion
     * @param a its answer
     * @return the same answer one rung higher, or {@code null} at the top
     */
    public static Answer raised(Criterion c, Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return yn.yes() ? null : Answer.yesNo(true);
        }
        if (a instanceof Answer.CaseChoice cc) {
            int size = c.caseDefinition(cc.caseCode()).orElseThrow().options().size();
            return cc.option() < size ? Answer.caseOption(cc.caseCode(), cc.option() + 1) : null;
        }
        int o = ((Answer.Choice) a).option();
        return o < c.options().size() ? Answer.option(o + 1) : null;
    }

    /**
     * @param c a leaf criterion
     * @param a its answer
     * @return the same answer one rung lower, or {@code null} at the bottom
     */
    public static Answer lowered(Criterion c, Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return yn.yes() ? Answer.yesNo(false) : null;
        }
        if (a instanceof Answer.CaseChoice cc) {
            return cc.option() > 0 ? Answer.caseOption(cc.caseCode(), cc.option() - 1) : null;
        }
        int o = ((Answer.Choice) a).option();
        return o > 0 ? Answer.option(o - 1) : null;
    }

    // ---- failed markers ------------------------------------------------------------------------------

    /**
     * A sheet whose total reaches a band, with one criterion below its marker for that band's level.
     *
     * @param sheet     the sheet
     * @param criterion the criterion that fails its marker
     * @param stars     the marker's star level; the sheet's band is at least this
     */
    public record MarkerCase(Sheet sheet, String criterion, int stars) {}

    /**
     * @param rules the rule set
     * @return sheets with the best option everywhere (so the band is the top one) except one marked
     *         criterion, set to the best option below its marker
     * @throws IllegalArgumentException when no set of the rule set has a minimum marker (see {@link #markerCases})
     */
    public static Arbitrary<MarkerCase> sheetsFailingAMarker(RuleSet rules) {
        List<MarkerCase> cases = markerCases(rules);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(rules + " has no minimum marker");
        }
        return Arbitraries.of(cases);
    }

    /**
     * @param rules the rule set
     * @return every case of {@link #sheetsFailingAMarker}: one per marker whose failing sheet still reaches
     *         the marker's band; empty when the rule set has no markers
     */
    public static List<MarkerCase> markerCases(RuleSet rules) {
        List<MarkerCase> cases = new ArrayList<>();
        for (CriteriaSet set : rules.sets()) {
            for (Criterion c : set.leaves()) {
                for (Minimum m : c.minimums()) {
                    Sheet.Builder b = Sheet.builder(set.id());
                    for (Criterion other : set.leaves()) {
                        b.answer(other.code(), other == c ? below(c, m) : best(other));
                    }
                    Sheet s = b.build();
                    BigDecimal total = BigDecimal.ZERO;
                    for (Criterion x : set.leaves()) {
                        total = total.add(ReferenceScorer.points(x, s.answers().get(x.code())));
                    }
                    if (ReferenceScorer.band(rules.edition(), total) >= m.stars()) {
                        cases.add(new MarkerCase(s, c.code(), m.stars()));
                    }
                }
            }
        }
        return cases;
    }

    private static Answer below(Criterion c, Minimum m) {
        int position = 0;
        for (Option o : c.options()) {
            if (o.points().compareTo(m.points()) < 0) {
                position = Math.max(position, o.position());
            }
        }
        return c.selection() == Selection.YES_NO ? Answer.yesNo(false) : Answer.option(position);
    }

    /** @param c a leaf criterion @return its best answer */
    public static Answer best(Criterion c) {
        if (c.selection() == Selection.YES_NO) {
            return Answer.yesNo(true);
        }
        if (c.selection() == Selection.CASES) {
            CaseDefinition top = c.cases().get(0);
            for (CaseDefinition k : c.cases()) {
                if (max(k.options()).compareTo(max(top.options())) > 0) {
                    top = k;
                }
            }
            return Answer.caseOption(top.code(), top.options().size());
        }
        return Answer.option(c.options().size());
    }

    private static BigDecimal max(List<Option> options) {
        return options.stream().map(Option::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    // ---- councils ------------------------------------------------------------------------------------

    /**
     * @param rules   the rule set
     * @param members how many members
     * @return councils of that many valid sheets of one set
     */
    public static Arbitrary<List<Sheet>> councils(RuleSet rules, int members) {
        return Arbitraries.of(rules.sets()).flatMap(set -> sheets(set).list().ofSize(members));
    }

    /**
     * @param rules the rule set
     * @return councils of 2 to 5 members who scored one product alike: each member's sheet is a common sheet
     *         (a random one, or one meeting every marker of its level next to a band edge) with up to three
     *         answers moved one rung up or down, so that the criterion means sit on and around the markers
     */
    public static Arbitrary<List<Sheet>> councilsAroundOneSheet(RuleSet rules) {
        Arbitrary<Sheet> common = Arbitraries.oneOf(
                sheets(rules), sheetsMeetingMarkersAtBandEdges(rules).map(MarkedEdgeSheet::sheet));
        return common.flatMap(sheet -> {
            List<Criterion> leaves =
                    rules.catalogue().set(sheet.criteriaSet()).orElseThrow().leaves();
            Arbitrary<Sheet> member = Combinators.combine(
                            Arbitraries.integers().between(0, leaves.size() - 1), Arbitraries.of(true, false))
                    .as(Tuple::of)
                    .list()
                    .ofMaxSize(3)
                    .map(moves -> {
                        Sheet.Builder b = sheet.toBuilder();
                        for (Tuple.Tuple2<Integer, Boolean> move : moves) {
                            Criterion c = leaves.get(move.get1());
                            Answer now = b.build().answers().get(c.code());
                            Answer next = move.get2() ? raised(c, now) : lowered(c, now);
                            if (next != null) {
                                b.answer(c.code(), next);
                            }
                        }
                        return b.build();
                    });
            return member.list().ofMinSize(2).ofMaxSize(5);
        });
    }

    /**
     * @param rules the rule set
     * @return valid sheets of the sets that have findings (foreign matter, …), each with one to all of its
     *         set's findings; sets without findings are not drawn (a rule set without any: its sheets, without
     *         findings)
     */
    public static Arbitrary<Sheet> sheetsWithFindings(RuleSet rules) {
        List<CriteriaSet> withFindings = rules.sets().stream()
                .filter(s -> s.stopRules().stream().anyMatch(r -> r.finding() != null))
                .toList();
        if (withFindings.isEmpty()) {
            return sheets(rules);
        }
        return Arbitraries.of(withFindings).flatMap(set -> {
            List<vn.ocop.sheet.Finding> findings = set.stopRules().stream()
                    .map(vn.ocop.catalogue.StopRule::finding)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .map(vn.ocop.sheet.Finding::valueOf)
                    .toList();
            return Combinators.combine(
                            sheets(set),
                            Arbitraries.of(findings).set().ofMinSize(1).ofMaxSize(findings.size()))
                    .as((sheet, chosen) -> sheet.toBuilder()
                            .findings(findings.stream().filter(chosen::contains).toList())
                            .build());
        });
    }

    /**
     * A council whose mean total is just below a band edge: every member on the edge but one, a point below.
     *
     * @param members the members' sheets
     * @param edge    the band edge their mean falls just below
     */
    public record EdgeCouncil(List<Sheet> members, BigDecimal edge) {}

    /**
     * @param rules   the rule set
     * @param members how many members (2 or more)
     * @return councils whose mean total is {@code edge − 1/members} for a band edge of 3★ and up
     */
    public static Arbitrary<EdgeCouncil> councilsJustBelowAnEdge(RuleSet rules, int members) {
        List<BigDecimal> edges = rules.edition().bands().stream()
                .filter(b -> b.stars() >= 3)
                .map(StarBand::from)
                .sorted()
                .toList();
        return Combinators.combine(councils(rules, members), Arbitraries.of(edges))
                .as((sheets, edge) -> {
                    CriteriaSet set =
                            rules.catalogue().set(sheets.get(0).criteriaSet()).orElseThrow();
                    List<Sheet> moved = new ArrayList<>();
                    for (int i = 0; i < sheets.size(); i++) {
                        Sheet m = withTotal(set, sheets.get(i), i == 0 ? edge.subtract(BigDecimal.ONE) : edge);
                        if (m == null) {
                            return null;
                        }
                        moved.add(m);
                    }
                    return new EdgeCouncil(moved, edge);
                })
                .filter(c -> c != null);
    }

    // ---- invalid sheets ------------------------------------------------------------------------------

    /** The kinds of invalid sheet generated. */
    public enum Invalidity {
        /** a criterion is not answered */
        MISSING_ANSWER,
        /** an answer names a criterion the set does not have */
        UNKNOWN_CRITERION,
        /** an option beyond the criterion's ladder */
        OPTION_OUT_OF_RANGE,
        /** a yes/no answer to a single-choice criterion, or an option number to a yes/no one */
        WRONG_KIND,
        /** a container (a criterion holding others) answered instead of its criteria; sets with containers */
        CONTAINER_ANSWERED,
        /** a case the criterion does not have; sets with case criteria */
        UNKNOWN_CASE
    }

    /**
     * A sheet the validator must reject, with the criterion its error must name.
     *
     * @param sheet     the sheet
     * @param kind      what is wrong
     * @param criterion the criterion concerned
     */
    public record InvalidSheet(Sheet sheet, Invalidity kind, String criterion) {}

    /**
     * @param rules the rule set
     * @return sheets spoiled in one way each (every kind that applies to the sheet's set), naming the criterion
     *         concerned
     */
    public static Arbitrary<InvalidSheet> invalidSheets(RuleSet rules) {
        return Combinators.combine(
                        sheets(rules),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000))
                .as((sheet, kindPick, pick) -> {
                    CriteriaSet set = rules.catalogue().set(sheet.criteriaSet()).orElseThrow();
                    List<Criterion> containers = set.criteria().values().stream()
                            .filter(c -> c.selection() == Selection.CONTAINER)
                            .toList();
                    List<Criterion> withCases = set.leaves().stream()
                            .filter(c -> c.selection() == Selection.CASES)
                            .toList();
                    List<Invalidity> kinds = new ArrayList<>(List.of(
                            Invalidity.MISSING_ANSWER,
                            Invalidity.UNKNOWN_CRITERION,
                            Invalidity.OPTION_OUT_OF_RANGE,
                            Invalidity.WRONG_KIND));
                    if (!containers.isEmpty()) {
                        kinds.add(Invalidity.CONTAINER_ANSWERED);
                    }
                    if (!withCases.isEmpty()) {
                        kinds.add(Invalidity.UNKNOWN_CASE);
                    }
                    Invalidity kind = kinds.get(kindPick % kinds.size());
                    List<Criterion> leaves = set.leaves();
                    Criterion c = switch (kind) {
                        case CONTAINER_ANSWERED -> containers.get(pick % containers.size());
                        case UNKNOWN_CASE -> withCases.get(pick % withCases.size());
                        default -> leaves.get(pick % leaves.size());
                    };
                    Map<String, Answer> answers = new LinkedHashMap<>(sheet.answers());
                    String code = c.code();
                    switch (kind) {
                        case MISSING_ANSWER -> answers.remove(code);
                        case UNKNOWN_CRITERION -> {
                            code = "99.9";
                            answers.put(code, Answer.option(1));
                        }
                        case OPTION_OUT_OF_RANGE ->
                            answers.put(
                                    code,
                                    c.selection() == Selection.CASES
                                            ? Answer.caseOption(
                                                    c.cases().get(0).code(),
                                                    c.cases().get(0).options().size() + 1)
                                            : c.selection() == Selection.YES_NO
                                                    ? Answer.option(3)
                                                    : Answer.option(c.options().size() + 1));
                        case CONTAINER_ANSWERED -> answers.put(code, Answer.option(1));
                        case UNKNOWN_CASE -> answers.put(code, Answer.caseOption("zz", 1));
                        default ->
                            answers.put(
                                    code, c.selection() == Selection.YES_NO ? Answer.option(1) : Answer.yesNo(true));
                    }
                    return new InvalidSheet(
                            Sheet.builder(sheet.criteriaSet()).answers(answers).build(), kind, code);
                });
    }
}
