package vn.ocop.spring.autoconfigure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.LimitExceededException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.portfolio.DueList;
import vn.ocop.portfolio.InvalidPortfolioException;
import vn.ocop.portfolio.Plan;
import vn.ocop.portfolio.PlanProgress;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioStats;
import vn.ocop.result.Advice;
import vn.ocop.result.BatchItem;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Migration;
import vn.ocop.sheet.Sheet;
import vn.ocop.sheet.Sitting;

/**
 * A {@link Scorer} that times every call and counts refusals.
 *
 * <ul>
 *   <li>{@code ocop.evaluations} (timer): sheets scored or advised, one at a time or in batches; tags
 *       {@code operation} ({@code score}, {@code score-batch}, {@code advise}, {@code migrate}) and
 *       {@code outcome} ({@code success}, {@code rejected}, {@code error});
 *   <li>{@code ocop.councils} (timer): councils and sittings; same tags ({@code council}, {@code sitting},
 *       {@code advise-council});
 *   <li>{@code ocop.portfolios} (timer): due lists, statistics and plans;
 *   <li>{@code ocop.rejections} (counter): calls refused for the caller's input; tags {@code operation} and
 *       {@code reason} ({@code invalid-sheet}, {@code council-spread}, {@code limit},
 *       {@code invalid-portfolio}).
 * </ul>
 */
final class MeteredScorer implements Scorer {
    static final String EVALUATIONS = "ocop.evaluations";
    static final String COUNCILS = "ocop.councils";
    static final String PORTFOLIOS = "ocop.portfolios";
    static final String REJECTIONS = "ocop.rejections";

    private final Scorer scorer;
    private final MeterRegistry registry;

    MeteredScorer(Scorer scorer, MeterRegistry registry) {
        this.scorer = scorer;
        this.registry = registry;
    }

    Scorer delegate() {
        return scorer;
    }

    private <T> T timed(String meter, String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } catch (InvalidSheetException e) {
            outcome = reject(operation, "invalid-sheet");
            throw e;
        } catch (CouncilSpreadException e) {
            outcome = reject(operation, "council-spread");
            throw e;
        } catch (LimitExceededException e) {
            outcome = reject(operation, "limit");
            throw e;
        } catch (InvalidPortfolioException e) {
            outcome = reject(operation, "invalid-portfolio");
            throw e;
        } finally {
            Timer.builder(meter)
                    .description("Time taken by ocop " + meter.substring("ocop.".length()))
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private String reject(String operation, String reason) {
        Counter.builder(REJECTIONS)
                .description("Calls refused for the caller's input")
                .tag("operation", operation)
                .tag("reason", reason)
                .register(registry)
                .increment();
        return "rejected";
    }

    @Override
    public ScoreResult score(Sheet sheet) {
        return timed(EVALUATIONS, "score", () -> scorer.score(sheet));
    }

    @Override
    public List<ScoreResult> scoreAll(List<Sheet> sheets) {
        return timed(EVALUATIONS, "score-batch", () -> scorer.scoreAll(sheets));
    }

    @Override
    public List<ScoreResult> scoreAll(List<Sheet> sheets, @Nullable Executor executor) {
        return timed(EVALUATIONS, "score-batch", () -> scorer.scoreAll(sheets, executor));
    }

    @Override
    public List<BatchItem> scoreEach(List<Sheet> sheets, @Nullable Executor executor) {
        return timed(EVALUATIONS, "score-batch", () -> scorer.scoreEach(sheets, executor));
    }

    @Override
    public ScoreResult scoreJson(String json, String source) {
        return timed(EVALUATIONS, "score", () -> scorer.scoreJson(json, source));
    }

    @Override
    public ScoreResult scoreCouncil(List<Sheet> members) {
        return timed(COUNCILS, "council", () -> scorer.scoreCouncil(members));
    }

    @Override
    public ScoreResult scoreCouncilJson(Map<String, String> jsonBySource) {
        return timed(COUNCILS, "council", () -> scorer.scoreCouncilJson(jsonBySource));
    }

    @Override
    public ScoreResult scoreSitting(Sitting sitting) {
        return timed(COUNCILS, "sitting", () -> scorer.scoreSitting(sitting));
    }

    @Override
    public ScoreResult scoreSittingJson(String json, String source) {
        return timed(COUNCILS, "sitting", () -> scorer.scoreSittingJson(json, source));
    }

    @Override
    public DueList due(List<PortfolioProduct> products, LocalDate asOf, int withinMonths) {
        return timed(PORTFOLIOS, "due", () -> scorer.due(products, asOf, withinMonths));
    }

    @Override
    public PortfolioStats stats(List<PortfolioProduct> products, LocalDate asOf) {
        return timed(PORTFOLIOS, "stats", () -> scorer.stats(products, asOf));
    }

    @Override
    public Migration migrate(Sheet sheet, String toEdition) {
        return timed(EVALUATIONS, "migrate", () -> scorer.migrate(sheet, toEdition));
    }

    @Override
    public PlanProgress plan(List<PortfolioProduct> products, Plan plan, LocalDate asOf) {
        return timed(PORTFOLIOS, "plan", () -> scorer.plan(products, plan, asOf));
    }

    @Override
    public Advice advise(Sheet sheet, int alternatives) {
        return timed(EVALUATIONS, "advise", () -> scorer.advise(sheet, alternatives));
    }

    @Override
    public Advice adviseCouncil(List<Sheet> members, int alternatives) {
        return timed(COUNCILS, "advise-council", () -> scorer.adviseCouncil(members, alternatives));
    }

    @Override
    public int prepare() {
        return scorer.prepare();
    }

    @Override
    public Catalogue catalogue() {
        return scorer.catalogue();
    }

    @Override
    public ScoringOptions options() {
        return scorer.options();
    }
}
