package vn.ocop.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.ocop.OcopException;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.StopRule;
import vn.ocop.pack.PackInfo;
import vn.ocop.result.AppliedStop;
import vn.ocop.result.Award;
import vn.ocop.result.Council;
import vn.ocop.result.Disqualification;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.GroupScore;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Finding;
import vn.ocop.spi.Outcome;

/**
 * The one place a {@link ScoreResult} is built: from what the engine's rules decided ({@link Outcome}) and
 * what the core knows (the set's labels and markers, the edition's bands and recognition, the warnings, the
 * council). No engine builds a result, so every engine's results read the same.
 */
final class Results {
    private Results() {}

    /**
     * What the result is of.
     *
     * @param index         the criteria set's index
     * @param edition       the edition
     * @param editionReason why the edition was used
     * @param pack          the pack the engine was loaded with, or {@code null}
     * @param options       the scoring options
     */
    record Scope(
            SetIndex index,
            Edition edition,
            String editionReason,
            @Nullable PackInfo pack,
            ScoringOptions options) {
        CriteriaSet set() {
            return index.set();
        }
    }

    /**
     * What the result is about.
     *
     * @param id              the sheet's id, or {@code null}
     * @param product         the product description
     * @param recognitionDate the recognition date, or {@code null}
     * @param evaluationDate  the evaluation date, or {@code null}
     * @param checked         for a council, per criterion the value its markers were checked on; {@code null}
     *                        for one sheet (the markers are checked on the points)
     * @param council         the council, or {@code null}
     * @param warnings        the warnings, set warnings ({@link #setWarnings}) included
     */
    record Subject(
            @Nullable String id,
            Map<String, Object> product,
            @Nullable LocalDate recognitionDate,
            @Nullable LocalDate evaluationDate,
            @Nullable Map<String, BigDecimal> checked,
            @Nullable Council council,
            List<String> warnings) {}

    /** @param set a set @return what a user must know about the set's source */
    static List<String> setWarnings(CriteriaSet set) {
        List<String> warnings = new ArrayList<>();
        set.dataIssues().forEach(i -> warnings.add("criteria set " + set.id() + " source note: " + i));
        if (set.confidence() != vn.ocop.catalogue.Confidence.CONFIRMED) {
            warnings.add("criteria set " + set.id() + " is transcribed with confidence '"
                    + set.confidence().code() + "': check results against the official text");
        }
        return warnings;
    }

    static ScoreResult build(Scope scope, Subject subject, Outcome outcome) {
        CriteriaSet set = scope.set();
        Map<PartCode, BigDecimal> maxima = new EnumMap<>(PartCode.class);
        set.parts().forEach(p -> maxima.put(p.code(), p.max()));
        ScoreResult.Builder b = ScoreResult.builder()
                .id(subject.id())
                .set(set.id(), scope.edition().id())
                .editionReason(scope.editionReason())
                .pack(scope.pack())
                .product(subject.product())
                .council(subject.council())
                .warnings(subject.warnings());
        List<Disqualification> disqualifications = List.of();
        Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
        Map<Integer, List<FailedMinimum>> failed = Map.of();
        List<AppliedStop> stops = List.of();
        Outcome.Rejection rejection = outcome.rejection();
        if (rejection != null) {
            Finding f = Finding.fromCode(rejection.finding())
                    .orElseThrow(
                            () -> new OcopException("rule " + rejection.rule() + " rejected the dossier for finding "
                                    + rejection.finding() + ", which is no finding of the sheet format"));
            disqualifications = List.of(new Disqualification(f.name(), f.label(), rejection.rule()));
            set.parts().forEach(p -> parts.put(p.code(), BigDecimal.ZERO));
        } else {
            Map<String, BigDecimal> criteria = new LinkedHashMap<>();
            List<Award> awards = awards(scope, subject, outcome, criteria);
            b.criteria(criteria, awards, groups(set, outcome));
            for (PartCode p : maxima.keySet()) {
                BigDecimal points = outcome.parts().get(p);
                if (points == null) {
                    throw disagree(set, "gave no points for part " + p);
                }
                parts.put(p, points);
            }
            failed = failedMinimums(scope.index(), outcome, criteria, subject.checked());
            stops = stops(set, outcome);
        }
        b.parts(parts, maxima, outcome.total(), set.maxTotal())
                .stars(outcome.bandStars(), outcome.stars())
                .minimums(failed, scope.options().markerPolicy())
                .stops(stops)
                .disqualifications(disqualifications)
                .recognition(Certification.of(
                        scope.edition(), outcome.stars(), subject.recognitionDate(), subject.evaluationDate()))
                .explanation(Explainer.of(
                        new Explainer.Decided(
                                outcome.total(),
                                outcome.bandStars(),
                                outcome.stars(),
                                failed,
                                stops,
                                disqualifications),
                        scope.edition(),
                        scope.index()));
        return b.build();
    }

    private static List<Award> awards(Scope scope, Subject subject, Outcome outcome, Map<String, BigDecimal> criteria) {
        CriteriaSet set = scope.set();
        Map<String, Outcome.Awarded> byCriterion = new HashMap<>();
        outcome.awards().forEach(a -> byCriterion.put(a.criterion(), a));
        String councilLabel = subject.council() == null
                ? ""
                : "mean of " + subject.council().members().size()
                        + (subject.council().members().size() == 1 ? " sheet" : " sheets");
        List<Award> awards = new ArrayList<>();
        for (Criterion c : scope.index().leaves()) {
            Outcome.Awarded a = byCriterion.get(c.code());
            if (a == null) {
                throw disagree(set, "gave no points for criterion " + c.code());
            }
            String label = councilLabel;
            if (a.option() > 0 && subject.council() == null) {
                if (a.rule() == null) {
                    throw disagree(
                            set,
                            "named no rule for the points of criterion " + c.code()
                                    + (a.caseCode() == null ? "" : " case " + a.caseCode()) + " option " + a.option());
                }
                Option o = (a.caseCode() == null
                                ? c.option(a.option())
                                : c.caseDefinition(a.caseCode()).flatMap(k -> k.option(a.option())))
                        .orElseThrow(() -> disagree(
                                set,
                                "awarded criterion " + c.code() + " an option it does not have: "
                                        + (a.caseCode() == null ? "" : "case " + a.caseCode() + " ") + "option "
                                        + a.option()));
                label = o.label();
            }
            criteria.put(c.code(), a.points());
            awards.add(Award.builder()
                    .criterion(c.code())
                    .criterionLabel(c.label())
                    .criterionLabelEn(c.labelEn())
                    .caseCode(a.caseCode())
                    .option(Math.max(0, a.option()))
                    .label(label)
                    .points(a.points())
                    .max(c.max())
                    .rule(a.rule())
                    .file(a.rule() == null ? null : set.file())
                    .build());
        }
        return awards;
    }

    private static List<GroupScore> groups(CriteriaSet set, Outcome outcome) {
        List<GroupScore> groups = new ArrayList<>();
        for (CriterionGroup g : set.groups()) {
            BigDecimal points = outcome.groups().get(g.code());
            if (points == null) {
                throw disagree(set, "gave no points for group " + g.code());
            }
            groups.add(new GroupScore(g.code(), g.part(), g.label(), g.labelEn(), points, g.max()));
        }
        return groups;
    }

    /** Failed markers per level, each level in official order of the markers' criteria (rules fire in any order). */
    private static Map<Integer, List<FailedMinimum>> failedMinimums(
            SetIndex index,
            Outcome outcome,
            Map<String, BigDecimal> points,
            @Nullable Map<String, BigDecimal> checked) {
        SetIndex.Marker[] hit = new SetIndex.Marker[index.markers().size()];
        for (String rule : outcome.failedMarkers()) {
            SetIndex.Marker m = index.marker(rule);
            if (m == null) {
                throw new OcopException("minimum rule " + rule + " is not in the catalogue of "
                        + index.set().id());
            }
            hit[m.order()] = m;
        }
        Map<Integer, List<FailedMinimum>> failed = new TreeMap<>();
        for (SetIndex.Marker m : hit) {
            if (m != null) {
                Minimum min = m.minimum();
                BigDecimal actual = java.util.Objects.requireNonNull(
                        (checked == null ? points : checked).get(m.criterion()),
                        () -> "no points for criterion " + m.criterion());
                failed.computeIfAbsent(min.stars(), k -> new ArrayList<>())
                        .add(new FailedMinimum(
                                m.criterion(), min.stars(), min.points(), actual, min.markedOption(), min.rule()));
            }
        }
        return failed;
    }

    private static List<AppliedStop> stops(CriteriaSet set, Outcome outcome) {
        List<AppliedStop> stops = new ArrayList<>();
        for (String rule : outcome.stops()) {
            StopRule r = set.stopRules().stream()
                    .filter(x -> x.rule().equals(rule))
                    .findFirst()
                    .orElseThrow(
                            () -> new OcopException("stop rule " + rule + " is not in the catalogue of " + set.id()));
            stops.add(new AppliedStop(r.rule(), r.finding(), r.criterion(), r.effect(), r.text()));
        }
        return stops;
    }

    private static OcopException disagree(CriteriaSet set, String what) {
        return new OcopException(
                "the rules of " + set.file() + " " + what + ": the rule base and the catalogue " + "disagree");
    }
}
