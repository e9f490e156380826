package vn.ocop.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.SpreadPolicy;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.json.OcopJson;
import vn.ocop.result.Council;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.ScoringEngine;

/**
 * Validates sheets against the engine's catalogue, chooses their edition, lets the engine score them, and
 * adds what is procedure rather than criteria: why the edition was chosen, who recognises the result and
 * until when the certificate runs, and for councils the members, spread and quorum.
 */
public final class DefaultScorer implements Scorer {
    private final ScoringEngine engine;
    private final ScoringOptions options;

    /**
     * @param engine  the engine
     * @param options the options
     */
    public DefaultScorer(ScoringEngine engine, ScoringOptions options) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
    }

    private record Checked(Sheet sheet, EditionResolver.Choice choice, List<String> warnings, String source) {
    }

    private Checked check(Sheet sheet, List<SheetProblem> earlier, String source, List<SheetProblem> problems,
                          String prefix) {
        SheetValidator.Outcome outcome = SheetValidator.validate(sheet, engine.catalogue(), earlier, options.edition());
        for (SheetProblem p : outcome.problems()) {
            problems.add(prefix.isEmpty() ? p : new SheetProblem(prefix + p.path(), p.message()));
        }
        return new Checked(sheet, outcome.choice(), outcome.warnings(), source);
    }

    @Override
    public int prepare() {
        List<vn.ocop.catalogue.CriteriaSet> sets = new ArrayList<>();
        engine.catalogue().editions().forEach(e -> sets.addAll(e.sets()));
        engine.prepare(sets);
        return sets.size();
    }

    @Override
    public ScoreResult score(Sheet sheet) {
        return score(sheet, List.of(), sheet.id() == null ? "sheet" : "sheet " + sheet.id());
    }

    @Override
    public ScoreResult scoreJson(String json, String source) {
        OcopJson.Reading reading = OcopJson.readSheetLeniently(json);
        if (reading.sheet() == null) {
            throw new InvalidSheetException(source, reading.problems());
        }
        return score(reading.sheet(), reading.problems(), source);
    }

    private ScoreResult score(Sheet sheet, List<SheetProblem> earlier, String source) {
        List<SheetProblem> problems = new ArrayList<>();
        Checked c = check(sheet, earlier, source, problems, "");
        if (!problems.isEmpty()) {
            throw new InvalidSheetException(source, problems);
        }
        return score(c);
    }

    @Override
    public List<ScoreResult> scoreAll(List<Sheet> sheets) {
        Objects.requireNonNull(sheets, "sheets");
        List<SheetProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            String at = "sheets[" + i + "]";
            Sheet s = sheets.get(i);
            if (s == null) {
                problems.add(new SheetProblem(at, "no sheet (null)"));
                checked.add(null);
                continue;
            }
            checked.add(check(s, List.of(), s.id() == null ? at : at + " (" + s.id() + ")", problems, at + " "));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSheetException("a batch of " + sheets.size() + " sheets", problems);
        }
        return Batch.run(checked.size(), i -> checked.get(i).choice().set().id(), i -> score(checked.get(i)));
    }

    private ScoreResult score(Checked c) {
        Sheet sheet = c.sheet();
        ScoreResult r = engine.score(c.choice().set(), sheet, options);
        List<String> warnings = new ArrayList<>(c.warnings());
        warnings.addAll(r.warnings());
        return r.with(c.choice().reason(), Certification.of(c.choice().edition(), r.stars(), sheet.recognitionDate(),
                sheet.evaluationDate()), null, warnings, Explainer.of(r, c.choice().edition(), c.choice().set()));
    }

    @Override
    public ScoreResult scoreCouncil(List<Sheet> members) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            sources.add(members.get(i).id() != null ? members.get(i).id() : "member " + (i + 1));
        }
        List<List<SheetProblem>> earlier = new ArrayList<>();
        members.forEach(m -> earlier.add(List.of()));
        return council(members, sources, earlier);
    }

    @Override
    public ScoreResult scoreCouncilJson(Map<String, String> jsonBySource) {
        List<Sheet> sheets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<List<SheetProblem>> earlier = new ArrayList<>();
        List<SheetProblem> unreadable = new ArrayList<>();
        for (Map.Entry<String, String> e : jsonBySource.entrySet()) {
            OcopJson.Reading reading = OcopJson.readSheetLeniently(e.getValue());
            if (reading.sheet() == null) {
                reading.problems().forEach(p -> unreadable.add(new SheetProblem(e.getKey() + " " + p.path(), p.message())));
                continue;
            }
            sheets.add(reading.sheet());
            sources.add(e.getKey());
            earlier.add(reading.problems());
        }
        if (!unreadable.isEmpty()) {
            for (int i = 0; i < sheets.size(); i++) {
                check(sheets.get(i), earlier.get(i), sources.get(i), unreadable, sources.get(i) + " ");
            }
            throw new InvalidSheetException("council", unreadable);
        }
        return council(sheets, sources, earlier);
    }

    private ScoreResult council(List<Sheet> sheets, List<String> sources, List<List<SheetProblem>> earlier) {
        List<SheetProblem> problems = new ArrayList<>();
        if (sheets.isEmpty()) {
            throw new InvalidSheetException("council", List.of(new SheetProblem("$", "a council needs at least one"
                    + " member's sheet")));
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            checked.add(check(sheets.get(i), earlier.get(i), sources.get(i), problems, sources.get(i) + " "));
        }
        Checked first = checked.stream().filter(c -> c.choice() != null).findFirst().orElse(null);
        if (first != null) {
            for (Checked c : checked) {
                if (c.choice() != null && !c.choice().set().id().equals(first.choice().set().id())) {
                    problems.add(new SheetProblem(c.source() + " $.criteriaSet", c.source() + " scores criteria set "
                            + c.choice().set().id() + " (" + c.choice().edition().id() + ") but " + first.source()
                            + " scores " + first.choice().set().id() + " (" + first.choice().edition().id()
                            + "): a council scores one product on one set"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSheetException("council", problems);
        }
        CriteriaSet set = first.choice().set();
        Edition edition = first.choice().edition();
        List<ScoreResult> results = new ArrayList<>();
        LinkedHashSet<Finding> findings = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        List<Council.Member> members = new ArrayList<>();
        for (Checked c : checked) {
            ScoreResult r = engine.score(set, c.sheet(), options);
            results.add(r);
            findings.addAll(c.sheet().findings());
            c.warnings().forEach(w -> warnings.add(c.source() + ": " + w));
            members.add(new Council.Member(c.source(), r.total(), r.bandStars(), r.stars()));
        }
        ScoreResult means = engine.scoreCouncil(set, results, List.copyOf(findings), options);
        warnings.addAll(means.warnings());

        Council.Member low = members.stream().min((a, b) -> a.total().compareTo(b.total())).orElseThrow();
        Council.Member high = members.stream().max((a, b) -> a.total().compareTo(b.total())).orElseThrow();
        BigDecimal spread = high.total().subtract(low.total());
        boolean exceeded = spread.compareTo(options.maxSpread()) > 0;
        if (exceeded) {
            String text = "member totals spread " + spread.stripTrailingZeros().toPlainString() + " points, from "
                    + low.total().stripTrailingZeros().toPlainString() + " (" + low.id() + ") to "
                    + high.total().stripTrailingZeros().toPlainString() + " (" + high.id() + "), more than the "
                    + options.maxSpread().stripTrailingZeros().toPlainString() + " allowed";
            if (options.spreadPolicy() == SpreadPolicy.ERROR) {
                throw new InvalidSheetException("council", List.of(new SheetProblem("$", text)));
            }
            warnings.add(text);
        }
        boolean quorumMet = members.size() >= options.quorum();
        if (!quorumMet) {
            warnings.add("the council has " + members.size() + (members.size() == 1 ? " member" : " members")
                    + ", fewer than the quorum of " + options.quorum());
        }
        Council council = new Council(members, low.total(), high.total(), spread, options.maxSpread(), exceeded,
                options.quorum(), quorumMet, options.markerBasis());
        LocalDate recognitionDate = checked.stream().map(c -> c.sheet().recognitionDate()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        LocalDate evaluationDate = checked.stream().map(c -> c.sheet().evaluationDate()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        Map<String, Object> product = new LinkedHashMap<>(checked.get(0).sheet().product());
        ScoreResult r = new ScoreResult(null, means.criteriaSet(), means.edition(), null, means.pack(), product, means.criteria(),
                means.awards(), means.groups(), means.parts(), means.partMaxima(), means.total(), means.maxTotal(),
                means.bandStars(), means.stars(), means.ocopProduct(), means.failedMinimums(), means.markerPolicy(),
                means.stops(), means.disqualifications(), null, null, null, List.of());
        return r.with(first.choice().reason(), Certification.of(edition, r.stars(), recognitionDate, evaluationDate),
                council, warnings, Explainer.of(r, edition, set));
    }

    @Override
    public vn.ocop.result.Advice advise(Sheet sheet, int alternatives) {
        requireAlternatives(alternatives);
        String source = sheet.id() == null ? "sheet" : "sheet " + sheet.id();
        List<SheetProblem> problems = new ArrayList<>();
        Checked c = check(sheet, List.of(), source, problems, "");
        if (!problems.isEmpty()) {
            throw new InvalidSheetException(source, problems);
        }
        CriteriaSet set = c.choice().set();
        Edition edition = c.choice().edition();
        Sheet resolved = new Sheet(sheet.id(), set.id(), edition.id(), sheet.evaluationDate(), sheet.filingDate(),
                sheet.recognitionDate(), sheet.reEvaluation(), sheet.product(), sheet.answers(), sheet.findings());
        ScoreResult now = engine.score(set, resolved, options);
        String blocked = sheet.findings().isEmpty() ? null : "finding " + sheet.findings().get(0)
                + " stops the evaluation; changing answers cannot lift it";
        return advice(set, edition, now, Advisor.current(set, resolved), alternatives, blocked,
                plan -> engine.score(set, changed(set, resolved, plan), options));
    }

    @Override
    public vn.ocop.result.Advice adviseCouncil(List<Sheet> members, int alternatives) {
        requireAlternatives(alternatives);
        ScoreResult now = scoreCouncil(members);
        CriteriaSet set = engine.catalogue().set(now.criteriaSet()).orElseThrow();
        Edition edition = engine.catalogue().edition(now.edition()).orElseThrow();
        String blocked = now.stops().isEmpty() && !now.disqualified() ? null
                : "a stop rule or a rejected dossier holds the council's result; changing answers cannot lift it";
        // every member chooses the proposed option, so the criterion's mean becomes its points
        return advice(set, edition, now, Advisor.current(set, now.criteria()), alternatives, blocked,
                plan -> scoreCouncil(members.stream().map(m -> changed(set, m, plan)).toList()));
    }

    private static void requireAlternatives(int alternatives) {
        if (alternatives < 1) {
            throw new IllegalArgumentException("alternatives must be at least 1: " + alternatives);
        }
    }

    /**
     * For each level above the current one: the advisor's plans, each re-scored by the rules, kept when the
     * rules give at least that level.
     */
    private static vn.ocop.result.Advice advice(CriteriaSet set, Edition edition, ScoreResult now,
            java.util.Map<String, Advisor.Current> current, int alternatives, String blocked,
            java.util.function.Function<List<vn.ocop.result.Advice.Change>, ScoreResult> rescore) {
        List<vn.ocop.result.Advice.Target> reachable = new ArrayList<>();
        List<vn.ocop.result.Advice.Target> unreachable = new ArrayList<>();
        for (int stars = Math.max(now.stars(), 2) + 1; stars <= 5; stars++) {
            if (blocked != null) {
                unreachable.add(new vn.ocop.result.Advice.Target(stars, false, List.of(), List.of(), blocked));
                continue;
            }
            List<vn.ocop.result.Advice.Proposal> proposals = new ArrayList<>();
            for (List<vn.ocop.result.Advice.Change> plan : Advisor.plans(edition, set, current, stars, alternatives)) {
                ScoreResult after = rescore.apply(plan);
                if (after.stars() >= stars) {
                    int rungs = 0;
                    for (vn.ocop.result.Advice.Change ch : plan) {
                        Advisor.Current cur = current.get(ch.criterion());
                        rungs += ch.caseCode() != null && !ch.caseCode().equals(cur.caseCode())
                                ? ch.option() : ch.option() - ch.fromOption();
                    }
                    proposals.add(new vn.ocop.result.Advice.Proposal(plan, rungs, after.total(), after.stars()));
                }
            }
            if (proposals.isEmpty()) {
                unreachable.add(new vn.ocop.result.Advice.Target(stars, false, List.of(), List.of(),
                        "no change of answers reaches " + stars + "★ in criteria set " + set.id()));
            } else {
                reachable.add(new vn.ocop.result.Advice.Target(stars, true, proposals.get(0).changes(), proposals, ""));
            }
        }
        return new vn.ocop.result.Advice(set.id(), edition.id(), now.stars(), now.total(), reachable, unreachable);
    }

    /** The sheet with the plan's answers. */
    private static Sheet changed(CriteriaSet set, Sheet sheet, List<vn.ocop.result.Advice.Change> plan) {
        java.util.Map<String, vn.ocop.sheet.Answer> answers = new LinkedHashMap<>(sheet.answers());
        for (vn.ocop.result.Advice.Change ch : plan) {
            answers.put(ch.criterion(), answer(set, ch));
        }
        return new Sheet(sheet.id(), sheet.criteriaSet(), sheet.edition(), sheet.evaluationDate(), sheet.filingDate(),
                sheet.recognitionDate(), sheet.reEvaluation(), sheet.product(), answers, sheet.findings());
    }

    private static vn.ocop.sheet.Answer answer(CriteriaSet set, vn.ocop.result.Advice.Change ch) {
        vn.ocop.catalogue.Criterion crit = SetIndex.of(set).criterion(ch.criterion());
        return crit.selection() == vn.ocop.catalogue.Selection.YES_NO ? vn.ocop.sheet.Answer.yesNo(ch.option() == 2)
                : ch.caseCode() != null ? vn.ocop.sheet.Answer.caseOption(ch.caseCode(), ch.option())
                : vn.ocop.sheet.Answer.option(ch.option());
    }

    @Override
    public Catalogue catalogue() {
        return engine.catalogue();
    }

    @Override
    public ScoringOptions options() {
        return options;
    }
}
