package vn.ocop.examples.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.sheet.Sheet;

/**
 * Scoring cost on generated sheets of all 26 sets of 26/2026, Drools next to the plain-Java floor.
 *
 * <p>Run: {@code java -jar ocop-examples/target/benchmarks.jar ScoringBenchmark} (quick:
 * {@code … ScoringBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}).
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScoringBenchmark {
    static final int SHEETS = 2048;

    Scorer scorer;
    List<Sheet> sheets;
    List<Sheet> inSetOrder;
    List<PlainJavaScorer> plain;
    List<List<Sheet>> councils;

    /** Loads the national rule base, builds every set's rule base and generates the sheets. */
    @Setup
    public void setUp() {
        scorer = Ocop.scorer();
        Edition edition = scorer.catalogue().edition("QD-26-2026").orElseThrow();
        sheets = Fixtures.sheets(edition.sets(), SHEETS, 20261123L);
        inSetOrder = new ArrayList<>(sheets);
        inSetOrder.sort(java.util.Comparator.comparing(Sheet::criteriaSet));
        Map<String, PlainJavaScorer> bySet = new HashMap<>();
        for (CriteriaSet s : edition.sets()) {
            bySet.put(s.id(), new PlainJavaScorer(edition, s));
        }
        plain = new ArrayList<>();
        for (Sheet s : sheets) {
            plain.add(bySet.get(s.criteriaSet()));
            scorer.score(s);
        }
        councils = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            CriteriaSet set = edition.sets().get(i % edition.sets().size());
            councils.add(Fixtures.sheets(List.of(set), 9, i));
        }
    }

    /** Per-thread position in the sheets. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) & (SHEETS - 1);
            return next;
        }
    }

    /** One sheet through validation, Drools and the result record. @param c cursor @return the result */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object singleSheet(Cursor c) {
        return scorer.score(sheets.get(c.advance()));
    }

    /**
     * The same sheets sorted by criteria set: each set's rule base stays in the processor's caches for 79
     * sheets in a row, as in a batch grouped by set, instead of changing at every sheet.
     *
     * @param c cursor
     * @return the result
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object singleSheetInSetOrder(Cursor c) {
        return scorer.score(inSetOrder.get(c.advance()));
    }

    /** The same sheet on the plain-Java floor. @param c cursor @return total and stars */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long singleSheetPlainJava(Cursor c) {
        int i = c.advance();
        return plain.get(i).score(sheets.get(i));
    }

    /** Sheets per second on two threads (the machine's cores). @param c cursor @return the result */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Object batchTwoThreads(Cursor c) {
        return scorer.score(sheets.get(c.advance()));
    }

    /** The plain-Java floor on two threads. @param c cursor @return total and stars */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public long batchTwoThreadsPlainJava(Cursor c) {
        int i = c.advance();
        return plain.get(i).score(sheets.get(i));
    }

    /** A council of 9 members: 9 sheets and the council on their means. @param c cursor @return the result */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object councilOfNine(Cursor c) {
        return scorer.scoreCouncil(councils.get(c.advance() & 63));
    }

    /**
     * Sheets per second through {@code Scorer.scoreAll} on all 2,048 sheets at once: grouped by set and
     * spread over the processors by the library (one JMH thread).
     *
     * @return the results
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SHEETS)
    public Object batchScoreAll() {
        return scorer.scoreAll(sheets);
    }
}
