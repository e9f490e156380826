package vn.ocop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import vn.ocop.InvalidSheetException;
import vn.ocop.Limit;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.json.OcopJson;
import vn.ocop.result.Advice;
import vn.ocop.result.BatchItem;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.Outcome;
import vn.ocop.spi.ScoringEngine;

/**
 * The scorer: validates sheets against the engine's catalogue, chooses their edition, lets the engine's rules
 * decide, and builds the result ({@link Results}). Councils are scored by {@link Councils}, advice by
 * {@link Advising}; both go through this class's checks.
 */
public final class DefaultScorer implements Scorer {
    private final ScoringEngine engine;
    private final ScoringOptions options;
    private final SetIndex.Cache indexes;
    private final vn.ocop.pack.@Nullable PackInfo pack;

    /**
     * @param engine  the engine
     * @param options the options
     */
    public DefaultScorer(ScoringEngine engine, ScoringOptions options) {
        this(engine, options, new SetIndex.Cache());
    }

    /**
     * @param engine  the engine
     * @param options the options
     * @param indexes the indexes of the engine's sets, shared by the scorers of one engine
     */
    public DefaultScorer(ScoringEngine engine, ScoringOptions options, SetIndex.Cache indexes) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
        this.indexes = Objects.requireNonNull(indexes, "indexes");
        this.pack = engine.pack().orElse(null);
    }

    /**
     * A sheet that passed validation, with its edition and set.
     *
     * @param sheet    the sheet
     * @param choice   its edition and set, or {@code null} when they could not be found
     * @param warnings the validator's warnings
     * @param source   where it came from, for messages
     */
    record Checked(Sheet sheet, EditionResolver.@Nullable Choice choice, List<String> warnings, String source) {
        CriteriaSet set() {
            return resolved().set();
        }

        /** @return the edition and set; only for a sheet without problems */
        EditionResolver.Choice resolved() {
            return Objects.requireNonNull(choice, "a checked sheet with problems has no edition and set");
        }
    }

    ScoringEngine engine() {
        return engine;
    }

    SetIndex index(CriteriaSet set) {
        return indexes.of(set);
    }

    /**
     * Validates a sheet; its problems are added to {@code problems}, at {@code position} with {@code prefix}
     * when the sheet is one of many ({@code position} below 0 for a single sheet).
     */
    Checked check(
            Sheet sheet,
            List<SheetProblem> earlier,
            String source,
            List<SheetProblem> problems,
            int position,
            String prefix) {
        SheetValidator.Outcome outcome =
                SheetValidator.validate(sheet, engine.catalogue(), earlier, options.edition(), indexes);
        for (SheetProblem p : outcome.problems()) {
            problems.add(position < 0 ? p : p.at(position, prefix));
        }
        return new Checked(sheet, outcome.choice(), outcome.warnings(), source);
    }

    /** Validates one sheet, or throws with every problem. */
    Checked checkOne(Sheet sheet, List<SheetProblem> earlier, String source) {
        List<SheetProblem> problems = new ArrayList<>();
        Checked c = check(sheet, earlier, source, problems, -1, "");
        if (!problems.isEmpty()) {
            throw new InvalidSheetException(source, problems);
        }
        return c;
    }

    /** @return what the engine's rules decide for a checked sheet */
    Outcome evaluate(Checked c) {
        return engine.evaluate(c.set(), c.sheet(), options);
    }

    @Override
    public int prepare() {
        List<CriteriaSet> sets = new ArrayList<>();
        engine.catalogue().editions().forEach(e -> sets.addAll(e.sets()));
        engine.prepare(sets);
        return sets.size();
    }

    @Override
    public ScoreResult score(Sheet sheet) {
        requireSheet(sheet, "sheet");
        return score(checkOne(sheet, List.of(), source(sheet)));
    }

    private static String source(Sheet sheet) {
        return sheet.id() == null ? "sheet" : "sheet " + sheet.id();
    }

    @Override
    public ScoreResult scoreJson(String json, String source) {
        Objects.requireNonNull(json, "json: pass the sheet's JSON text");
        checkSize(json, source);
        OcopJson.Reading reading = OcopJson.readSheetLeniently(json);
        if (reading.sheet() == null) {
            throw new InvalidSheetException(source, reading.problems());
        }
        return score(checkOne(reading.sheet(), reading.problems(), source));
    }

    /** A sheet's JSON is read only within {@link Limit#SHEET_BYTES} (counted as UTF-8). */
    void checkSize(String json, String source) {
        if (json.length() * 3L <= options.limits().get(Limit.SHEET_BYTES)) {
            return; // UTF-8 takes at most three bytes per char: a real sheet is never counted
        }
        options.limits().check(Limit.SHEET_BYTES, utf8Length(json), source);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes
        }
        return n;
    }

    @Override
    public List<ScoreResult> scoreAll(List<Sheet> sheets) {
        return scoreAll(sheets, null);
    }

    @Override
    public List<ScoreResult> scoreAll(List<Sheet> sheets, @Nullable Executor executor) {
        List<SheetProblem> problems = new ArrayList<>();
        List<Checked> checked = checkAll(sheets, problems, new ArrayList<>());
        if (!problems.isEmpty()) {
            throw new InvalidSheetException("a batch of " + sheets.size() + " sheets", problems);
        }
        return Batch.run(checked.size(), i -> checked.get(i).set().id(), i -> score(checked.get(i)), executor);
    }

    @Override
    public List<BatchItem> scoreEach(List<Sheet> sheets, @Nullable Executor executor) {
        List<List<SheetProblem>> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        List<Checked> all = checkAll(sheets, null, problems);
        for (int i = 0; i < all.size(); i++) {
            if (problems.get(i).isEmpty()) {
                valid.add(i);
                checked.add(all.get(i));
            }
        }
        List<ScoreResult> results =
                Batch.run(checked.size(), i -> checked.get(i).set().id(), i -> score(checked.get(i)), executor);
        List<BatchItem> items = new ArrayList<>(sheets.size());
        int next = 0;
        for (int i = 0; i < sheets.size(); i++) {
            if (next < valid.size() && valid.get(next) == i) {
                items.add(new BatchItem(i, results.get(next++), List.of()));
            } else {
                items.add(new BatchItem(i, null, problems.get(i)));
            }
        }
        return items;
    }

    /** Validates every sheet; problems go to {@code all} (when given) and, per sheet, to {@code each}. */
    private List<Checked> checkAll(
            List<Sheet> sheets, @Nullable List<SheetProblem> all, List<List<SheetProblem>> each) {
        Objects.requireNonNull(sheets, "sheets: pass a list of sheets");
        List<Checked> checked = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            String at = "sheets[" + i + "]";
            Sheet s = sheets.get(i);
            List<SheetProblem> problems = new ArrayList<>();
            if (s == null) {
                problems.add(new SheetProblem(SheetProblem.Code.NO_SHEET, at, null, i, "no sheet (null)"));
                checked.add(null);
            } else {
                checked.add(check(s, List.of(), s.id() == null ? at : at + " (" + s.id() + ")", problems, i, at + " "));
            }
            each.add(problems);
            if (all != null) {
                all.addAll(problems);
            }
        }
        return checked;
    }

    private ScoreResult score(Checked c) {
        Sheet sheet = c.sheet();
        List<String> warnings = new ArrayList<>(c.warnings());
        warnings.addAll(Results.setWarnings(c.set()));
        return Results.build(
                scope(c),
                new Results.Subject(
                        sheet.id(),
                        sheet.product(),
                        sheet.recognitionDate(),
                        sheet.evaluationDate(),
                        null,
                        null,
                        warnings),
                evaluate(c));
    }

    Results.Scope scope(Checked c) {
        return new Results.Scope(
                index(c.set()), c.resolved().edition(), c.resolved().reason(), pack, options);
    }

    @Override
    public ScoreResult scoreCouncil(List<Sheet> members) {
        return new Councils(this).score(members);
    }

    @Override
    public ScoreResult scoreCouncilJson(Map<String, String> jsonBySource) {
        return new Councils(this).scoreJson(jsonBySource);
    }

    @Override
    public ScoreResult scoreSitting(vn.ocop.sheet.Sitting sitting) {
        return new Councils(this).score(sitting);
    }

    @Override
    public ScoreResult scoreSittingJson(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        if (json.length() * 3L > options.limits().get(Limit.SITTING_BYTES)) {
            options.limits().check(Limit.SITTING_BYTES, utf8Length(json), source);
        }
        return new Councils(this).score(vn.ocop.json.OcopJson.readSitting(json, source));
    }

    @Override
    public vn.ocop.portfolio.DueList due(
            List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf, int withinMonths) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(asOf, "asOf");
        if (withinMonths < 0 || withinMonths > 1200) {
            throw new IllegalArgumentException("the expiry window is 0 to 1200 months: " + withinMonths);
        }
        vn.ocop.catalogue.Edition inForce = catalogue()
                .editionInForceOn(asOf)
                .orElseThrow(() -> new IllegalArgumentException("no edition is in force on " + asOf));
        List<vn.ocop.spi.Holding> holdings = holdings(products, asOf);
        // one item per product and reason, whatever rules a pack layers over the library's
        Map<String, vn.ocop.portfolio.Due> distinct = new java.util.LinkedHashMap<>();
        for (vn.ocop.portfolio.Due d : engine.due(holdings, asOf, asOf.plusMonths(withinMonths), inForce)) {
            distinct.putIfAbsent(d.id() + "\u0000" + d.reason(), d);
        }
        List<vn.ocop.portfolio.Due> due = new java.util.ArrayList<>(distinct.values());
        due.sort(java.util.Comparator.comparing(vn.ocop.portfolio.Due::expires)
                .thenComparing(vn.ocop.portfolio.Due::id)
                .thenComparing(vn.ocop.portfolio.Due::reason));
        return new vn.ocop.portfolio.DueList(asOf, withinMonths, inForce.id(), products.size(), due);
    }

    /**
     * Every recognition of every product decided on or before {@code asOf}, in order, with its certificate's
     * expiry; a portfolio whose ids repeat or are empty, or whose recognitions name an edition the catalogue does
     * not have or expire before they were decided, is refused with every such problem.
     */
    List<vn.ocop.spi.Holding> holdings(List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf) {
        List<SheetProblem> problems = new java.util.ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            vn.ocop.portfolio.PortfolioProduct p = products.get(i);
            String at = "products[" + i + "] ";
            if (p.id().isBlank()) {
                problems.add(new SheetProblem(SheetProblem.Code.INVALID_VALUE, at + "$.id", "the id is empty"));
            }
            Integer earlier = seen.putIfAbsent(p.id(), i);
            if (earlier != null) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        at + "$.id",
                        "product " + p.id() + " is also products[" + earlier + "]: a portfolio lists a product once,"
                                + " with all its recognitions"));
            }
            for (int k = 0; k < p.recognitions().size(); k++) {
                vn.ocop.portfolio.PortfolioRecognition r = p.recognitions().get(k);
                String rat = at + "$.recognitions[" + k + "]";
                if (catalogue().edition(r.edition()).isEmpty()) {
                    problems.add(new SheetProblem(
                            SheetProblem.Code.UNKNOWN_EDITION,
                            rat + ".edition",
                            "product " + p.id() + ": unknown edition '" + r.edition() + "' (known: "
                                    + catalogue().editions().stream()
                                            .map(vn.ocop.catalogue.Edition::id)
                                            .collect(java.util.stream.Collectors.joining(", "))
                                    + ")"));
                }
                if (r.expires() != null && r.expires().isBefore(r.recognitionDate())) {
                    problems.add(new SheetProblem(
                            SheetProblem.Code.INVALID_VALUE,
                            rat + ".expires",
                            "product " + p.id() + ": the certificate expires " + r.expires()
                                    + ", before the recognition of "
                                    + r.recognitionDate()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new vn.ocop.portfolio.InvalidPortfolioException("portfolio", problems);
        }
        List<vn.ocop.spi.Holding> holdings = new java.util.ArrayList<>();
        for (vn.ocop.portfolio.PortfolioProduct p : products) {
            for (vn.ocop.portfolio.PortfolioRecognition r : p.recognitions()) {
                if (r.recognitionDate().isAfter(asOf)) {
                    continue; // not yet decided on that date
                }
                int months = catalogue()
                        .edition(r.edition())
                        .map(vn.ocop.catalogue.Edition::certificateMonths)
                        .filter(m -> m > 0)
                        .orElse(CERTIFICATE_MONTHS);
                java.time.LocalDate expires =
                        r.expires() != null ? r.expires() : r.recognitionDate().plusMonths(months);
                holdings.add(new vn.ocop.spi.Holding(
                        p.id(), r.stars(), r.edition(), r.recognitionDate(), expires, r.certificate()));
            }
        }
        return holdings;
    }

    @Override
    public vn.ocop.portfolio.PortfolioStats stats(
            List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(asOf, "asOf");
        List<vn.ocop.spi.Holding> holdings = holdings(products, asOf);
        Map<String, vn.ocop.portfolio.PortfolioProduct> byId = new java.util.HashMap<>();
        products.forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<String, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
        for (String key : List.of("stars", "category", "province", "commune", "edition", "year")) {
            counts.put(key, new java.util.TreeMap<>());
        }
        java.util.function.BiConsumer<String, String> count =
                (key, value) -> Objects.requireNonNull(counts.get(key)).merge(value, 1, Integer::sum);
        Map<String, Map<String, Map<String, Integer>>> starsBy = new java.util.LinkedHashMap<>();
        for (String key : List.of("category", "province", "commune")) {
            starsBy.put(key, new java.util.TreeMap<>());
        }
        java.util.function.BiConsumer<String, String[]> byStars = (stars, values) -> {
            int k = 0;
            for (Map<String, Map<String, Integer>> m : starsBy.values()) {
                m.computeIfAbsent(values[k++], v -> new java.util.TreeMap<>()).merge(stars, 1, Integer::sum);
            }
        };
        holdings.forEach(h -> count.accept("year", String.valueOf(h.recognised().getYear())));
        java.util.Map<vn.ocop.spi.Classification.Kind, java.util.TreeSet<String>> classes =
                new java.util.EnumMap<>(vn.ocop.spi.Classification.Kind.class);
        for (vn.ocop.spi.Classification.Kind k : vn.ocop.spi.Classification.Kind.values()) {
            classes.put(k, new java.util.TreeSet<>());
        }
        int recognised = 0;
        Map<String, vn.ocop.portfolio.Locality> localities = localities(products);
        Map<String, String> categories = new java.util.HashMap<>(); // one walk of the classification per set
        for (vn.ocop.spi.Classification c : engine.classify(holdings, asOf)) {
            vn.ocop.spi.Holding h = holdings.get(c.holding());
            if (!Objects.requireNonNull(classes.get(c.kind())).add(h.product())
                    || c.kind() != vn.ocop.spi.Classification.Kind.CURRENT) {
                continue;
            }
            recognised++;
            vn.ocop.portfolio.PortfolioProduct p = Objects.requireNonNull(byId.get(h.product()));
            count.accept("stars", String.valueOf(h.stars()));
            count.accept("edition", h.edition());
            count.accept(
                    "category",
                    categories.computeIfAbsent(p.criteriaSet() == null ? "" : p.criteriaSet(), this::category));
            vn.ocop.portfolio.Locality l = Objects.requireNonNull(localities.get(p.id()));
            String province = l.province() == null ? "(unknown)" : l.province();
            count.accept("province", province);
            String commune = province + " / " + (l.commune() == null ? "(unknown)" : l.commune());
            count.accept("commune", commune);
            byStars.accept(String.valueOf(h.stars()), new String[] {
                categories.get(p.criteriaSet() == null ? "" : p.criteriaSet()), province, commune
            });
        }
        return new vn.ocop.portfolio.PortfolioStats(
                asOf,
                products.size(),
                recognised,
                counts,
                starsBy,
                new vn.ocop.portfolio.PortfolioStats.Changes(
                        ids(classes, vn.ocop.spi.Classification.Kind.UP),
                        ids(classes, vn.ocop.spi.Classification.Kind.DOWN),
                        ids(classes, vn.ocop.spi.Classification.Kind.SAME),
                        ids(classes, vn.ocop.spi.Classification.Kind.LOST)));
    }

    @Override
    public vn.ocop.sheet.Migration migrate(Sheet sheet, String toEdition) {
        requireSheet(sheet, "sheet");
        Objects.requireNonNull(toEdition, "toEdition");
        vn.ocop.catalogue.Edition to = catalogue()
                .edition(toEdition)
                .orElseThrow(() -> new IllegalArgumentException("unknown edition '" + toEdition + "' (known: "
                        + catalogue().editions().stream()
                                .map(vn.ocop.catalogue.Edition::id)
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ")"));
        Checked c = checkOne(sheet, List.of(), source(sheet));
        if (to.set(c.set().id()).isPresent()) {
            throw new IllegalArgumentException(
                    "criteria set " + c.set().id() + " is already a set of " + to.id() + ": nothing to migrate");
        }
        return Migrating.migrate(sheet, c.set(), to, engine.correspondences());
    }

    @Override
    public vn.ocop.portfolio.PlanProgress plan(
            List<vn.ocop.portfolio.PortfolioProduct> products, vn.ocop.portfolio.Plan plan, java.time.LocalDate asOf) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        List<vn.ocop.spi.Holding> holdings = holdings(products, asOf);
        Map<String, vn.ocop.portfolio.Locality> localities = localities(products);
        return Planning.progress(
                products.size(),
                holdings,
                localities,
                plan,
                asOf,
                engine.contributions(holdings, localities, plan.targets(), asOf));
    }

    /**
     * Each product's locality with its names as the portfolio first spells them: names that differ only in case
     * or Unicode form are one place, counted once (NFC, the first spelling met).
     */
    static Map<String, vn.ocop.portfolio.Locality> localities(List<vn.ocop.portfolio.PortfolioProduct> products) {
        List<Map<String, String>> seen =
                List.of(new java.util.HashMap<>(), new java.util.HashMap<>(), new java.util.HashMap<>());
        java.util.function.BiFunction<Integer, String, String> canonical = (field, name) -> {
            if (name == null) {
                return null;
            }
            return seen.get(field)
                    .computeIfAbsent(
                            vn.ocop.portfolio.Locality.key(name),
                            k -> java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                                    .strip());
        };
        Map<String, vn.ocop.portfolio.Locality> out = new java.util.HashMap<>();
        for (vn.ocop.portfolio.PortfolioProduct p : products) {
            vn.ocop.portfolio.Locality l = p.locality();
            out.putIfAbsent(
                    p.id(),
                    new vn.ocop.portfolio.Locality(
                            canonical.apply(0, l.province()),
                            canonical.apply(1, l.district()),
                            canonical.apply(2, l.commune())));
        }
        return out;
    }

    private static List<String> ids(
            Map<vn.ocop.spi.Classification.Kind, java.util.TreeSet<String>> classes,
            vn.ocop.spi.Classification.Kind kind) {
        return List.copyOf(Objects.requireNonNull(classes.get(kind)));
    }

    /** The category (code and name) a criteria set belongs to in its edition's classification. */
    private String category(String criteriaSet) {
        if (!criteriaSet.isEmpty()) {
            for (vn.ocop.catalogue.Edition e : catalogue().editions()) {
                for (vn.ocop.catalogue.ProductClass top : e.classification()) {
                    if (holds(top, criteriaSet)) {
                        return top.code() + " " + top.name();
                    }
                }
            }
        }
        return "(unknown)";
    }

    private static boolean holds(vn.ocop.catalogue.ProductClass c, String criteriaSet) {
        return c.criteriaSet().equals(criteriaSet) || c.children().stream().anyMatch(k -> holds(k, criteriaSet));
    }

    /** A certificate's validity when its edition is not in the catalogue: 36 months in every edition so far. */
    private static final int CERTIFICATE_MONTHS = 36;

    @Override
    public Advice advise(Sheet sheet, int alternatives) {
        requireSheet(sheet, "sheet");
        return new Advising(this).advise(sheet, alternatives);
    }

    @Override
    public Advice adviseCouncil(List<Sheet> members, int alternatives) {
        return new Advising(this).adviseCouncil(members, alternatives);
    }

    static void requireSheet(Sheet sheet, String what) {
        if (sheet == null) {
            throw new NullPointerException(what + " is null: pass a Sheet (Sheet.builder(...) or OcopJson.readSheet)");
        }
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
