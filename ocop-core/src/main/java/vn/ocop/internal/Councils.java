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
import vn.ocop.Rounding;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.SpreadPolicy;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.json.OcopJson;
import vn.ocop.result.Council;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Role;
import vn.ocop.sheet.Sheet;
import vn.ocop.sheet.Sitting;
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
        return council(members, sources, earlier, Seating.of(sources), i -> sources.get(i) + " ");
    }

    /** Who sat and in which role, as the result reports it, and what the seating itself warns of. */
    record Seating(
            vn.ocop.sheet.@org.jspecify.annotations.Nullable EvaluationLevel level,
            List<Seat> seats,
            List<String> warnings) {
        /** One seat; {@code member} is the position among the sheets that count, or -1. */
        record Seat(String name, Role role, Council.SeatStatus status, int member) {}

        static Seating of(List<String> sources) {
            List<Seat> seats = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                seats.add(new Seat(sources.get(i), Role.MEMBER, Council.SeatStatus.SCORED, i));
            }
            return new Seating(null, seats, List.of());
        }

        long scoring() {
            return seats.stream()
                    .filter(s -> s.status() != Council.SeatStatus.NOT_SCORING)
                    .count();
        }
    }

    /**
     * Scores a sitting: the sheets of the scoring seats count; a secretary's (or a non-scoring expert's) sheet
     * is not counted, with a warning; a scoring seat without a sheet is absent.
     */
    ScoreResult score(Sitting sitting) {
        Objects.requireNonNull(sitting, "sitting");
        scorer.options().limits().check(Limit.COUNCIL_MEMBERS, sitting.members().size(), "council");
        List<Sheet> sheets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<List<SheetProblem>> earlier = new ArrayList<>();
        List<Seating.Seat> seats = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<SheetProblem> names = new ArrayList<>();
        Map<String, Integer> named = new java.util.HashMap<>();
        for (int i = 0; i < sitting.members().size(); i++) {
            String name = sitting.members().get(i).name();
            Integer first = named.putIfAbsent(name, i);
            if (name.isBlank() || first != null) {
                names.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        "$.members[" + i + "].name",
                        null,
                        i,
                        name.isBlank()
                                ? "the name is empty: a seat names its member"
                                : "'" + name + "' also sits on $.members[" + first + "]: each seat names a"
                                        + " different member"));
            }
        }
        if (!names.isEmpty()) {
            throw new InvalidSheetException("council", names);
        }
        for (int i = 0; i < sitting.members().size(); i++) {
            Sitting.Seat seat = sitting.members().get(i);
            boolean scoring = seat.role() == Role.CHAIR
                    || seat.role() == Role.MEMBER
                    || (seat.role() == Role.EXPERT && scorer.options().expertsScore());
            if (!scoring) {
                seats.add(new Seating.Seat(seat.name(), seat.role(), Council.SeatStatus.NOT_SCORING, -1));
                if (seat.sheet() != null) {
                    warnings.add(seat.name() + " sits as " + seat.role().name().toLowerCase(java.util.Locale.ROOT)
                            + (seat.role() == Role.EXPERT ? ", and experts do not score" : ", who does not score")
                            + ": the sheet is not counted");
                }
            } else if (seat.sheet() == null) {
                seats.add(new Seating.Seat(seat.name(), seat.role(), Council.SeatStatus.ABSENT, -1));
            } else {
                seats.add(new Seating.Seat(seat.name(), seat.role(), Council.SeatStatus.SCORED, sheets.size()));
                sheets.add(seat.sheet());
                sources.add(seat.name());
                earlier.add(List.of());
                positions.add(i);
            }
        }
        if (sheets.isEmpty()) {
            throw new InvalidSheetException(
                    "council",
                    List.of(new SheetProblem(
                            SheetProblem.Code.NO_SHEET,
                            "$.members",
                            "no scoring member handed in a sheet ("
                                    + seats.stream()
                                            .filter(s -> s.status() != Council.SeatStatus.NOT_SCORING)
                                            .count()
                                    + " scoring seats)")));
        }
        return council(
                sheets,
                sources,
                earlier,
                new Seating(sitting.level(), seats, warnings),
                k -> "$.members[" + positions.get(k) + "].sheet");
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
        return council(sheets, sources, earlier, Seating.of(sources), i -> sources.get(i) + " ");
    }

    private ScoreResult council(
            List<Sheet> sheets,
            List<String> sources,
            List<List<SheetProblem>> earlier,
            Seating seating,
            java.util.function.IntFunction<String> prefix) {
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
                problems.add(
                        new SheetProblem(SheetProblem.Code.NO_SHEET, "$", "no sheet (null)").at(i, prefix.apply(i)));
                checked.add(null);
                continue;
            }
            checked.add(scorer.check(sheets.get(i), earlier.get(i), sources.get(i), problems, i, prefix.apply(i)));
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
                            prefix.apply(i).startsWith("$")
                                    ? prefix.apply(i) + ".criteriaSet"
                                    : c.source() + " $.criteriaSet",
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
        return score(
                java.util.Objects.requireNonNull(first, "a council without problems has a first sheet"),
                checked,
                seating);
    }

    private ScoreResult score(DefaultScorer.Checked first, List<DefaultScorer.Checked> checked, Seating seating) {
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
        List<String> councilWarnings = new ArrayList<>(seating.warnings());
        Council council = council(members, options, councilWarnings, seating);
        CouncilTally tally =
                tally(scorer.index(set), outcomes, options.markerBasis(), options.rounding(), List.copyOf(findings));
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
        // members who disagree on what they scored, or when it was recognised: said, not settled silently
        for (String what : List.of("recognitionDate", "product")) {
            java.util.Set<Object> values = new java.util.LinkedHashSet<>();
            for (DefaultScorer.Checked c : checked) {
                Object v =
                        what.equals("product") ? c.sheet().product() : c.sheet().recognitionDate();
                if (v != null && !(v instanceof Map<?, ?> m && m.isEmpty())) {
                    values.add(v);
                }
            }
            if (values.size() > 1) {
                warnings.add("the members' sheets give " + values.size() + " different "
                        + (what.equals("product")
                                ? "products " + values + "; the first member's is reported"
                                : "recognition dates " + values + "; the latest is reported"));
            }
        }
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
    static CouncilTally tally(
            SetIndex index, List<Outcome> outcomes, MarkerBasis basis, Rounding rounding, List<Finding> findings) {
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
                            : CouncilTally.published(CouncilTally.mean(sum, outcomes.size()), rounding));
        }
        return new CouncilTally(outcomes.size(), sums, checked, findings);
    }

    /**
     * The sitting as the result reports it: seats, completion, the members' totals, the pairs further apart than
     * allowed and the members far from the mean. A pair over the limit is a warning or, by policy, an exception.
     */
    private static Council council(
            List<Council.Member> members, ScoringOptions options, List<String> warnings, Seating seating) {
        Council.Member low =
                members.stream().min((a, b) -> a.total().compareTo(b.total())).orElseThrow();
        Council.Member high =
                members.stream().max((a, b) -> a.total().compareTo(b.total())).orElseThrow();
        BigDecimal spread = high.total().subtract(low.total());
        BigDecimal sum = members.stream().map(Council.Member::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = CouncilTally.mean(sum, members.size());
        List<Council.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Council.Member a = members.get(i);
                Council.Member b = members.get(j);
                BigDecimal d = a.total().subtract(b.total()).abs();
                if (d.compareTo(options.maxSpread()) > 0) {
                    boolean aHigher = a.total().compareTo(b.total()) >= 0;
                    pairs.add(new Council.Pair(aHigher ? a.id() : b.id(), aHigher ? b.id() : a.id(), d));
                }
            }
        }
        pairs.sort((x, y) -> y.difference().compareTo(x.difference()));
        List<Council.Deviation> far = new ArrayList<>();
        for (Council.Member m : members) {
            BigDecimal d = m.total().subtract(mean);
            if (d.abs().compareTo(options.farFromMean()) > 0) {
                far.add(new Council.Deviation(m.id(), m.total(), d));
            }
        }
        int scoring = (int) seating.scoring();
        int scored = members.size();
        int required = options.quorum() == 0 ? scoring : options.quorum();
        boolean complete = scored >= required;
        List<Council.Seat> seats = new ArrayList<>();
        for (Seating.Seat s : seating.seats()) {
            seats.add(new Council.Seat(
                    s.name(),
                    s.role(),
                    s.status(),
                    s.member() < 0 ? null : members.get(s.member()).total()));
        }
        Council council = Council.builder()
                .members(members)
                .lowestTotal(low.total())
                .highestTotal(high.total())
                .spread(spread)
                .maxSpread(options.maxSpread())
                .spreadExceeded(!pairs.isEmpty())
                .quorum(required)
                .quorumMet(complete)
                .markerBasis(options.markerBasis())
                .level(seating.level())
                .seats(seats)
                .scoringMembers(scoring)
                .scored(scored)
                .completion(scored + " of " + scoring)
                .complete(complete)
                .spreadPairs(pairs)
                .farFromMean(options.farFromMean())
                .membersFarFromMean(far)
                .exactMean(mean)
                .rounding(options.rounding())
                .build();
        if (!pairs.isEmpty()) {
            StringBuilder text = new StringBuilder();
            text.append(
                            pairs.size() == 1
                                    ? "one pair of members' totals lies"
                                    : pairs.size() + " pairs of members' totals lie")
                    .append(" more than ")
                    .append(plain(options.maxSpread()))
                    .append(" points apart: ");
            for (int i = 0; i < Math.min(pairs.size(), 5); i++) {
                Council.Pair p = pairs.get(i);
                text.append(i == 0 ? "" : "; ")
                        .append(p.first())
                        .append(" and ")
                        .append(p.second())
                        .append(" (")
                        .append(plain(p.difference()))
                        .append(')');
            }
            if (pairs.size() > 5) {
                text.append("; and ").append(pairs.size() - 5).append(" more");
            }
            text.append(" (totals from ")
                    .append(plain(low.total()))
                    .append(" to ")
                    .append(plain(high.total()))
                    .append(')');
            if (options.spreadPolicy() == SpreadPolicy.ERROR) {
                throw new CouncilSpreadException("council: " + text, council);
            }
            warnings.add(text.toString());
        }
        for (Council.Deviation d : far) {
            warnings.add(d.id() + "'s total " + plain(d.total()) + " lies "
                    + plain(d.deviation().abs().setScale(2, java.math.RoundingMode.HALF_UP)) + " points "
                    + (d.deviation().signum() < 0 ? "below" : "above") + " the members' mean, more than "
                    + plain(options.farFromMean()));
        }
        if (!complete) {
            warnings.add("the council is incomplete: " + scored + " of " + scoring + " scoring members scored, "
                    + required + " required"
                    + (required > scoring
                            ? " (more than the " + scoring + " scoring seats: it can never be complete)"
                            : ""));
        }
        return council;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
