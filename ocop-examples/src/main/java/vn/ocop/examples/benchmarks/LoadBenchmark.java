package vn.ocop.examples.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;

/**
 * Cold start in a fresh JVM per measurement: the catalogue and one set's rule base (what the CLI needs to
 * score one sheet), the rule bases of every set of every shipped edition, and the example province pack.
 *
 * <p>Run: {@code java -jar ocop-examples/target/benchmarks.jar LoadBenchmark} (quick: {@code -f 3}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 10,
        jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LoadBenchmark {

    /** @return the result of the first sheet scored on a cold JVM */
    @Benchmark
    public Object firstSheetOnAColdJvm() {
        Scorer scorer = Ocop.scorer();
        Edition e = scorer.catalogue().edition("QD-26-2026").orElseThrow();
        return scorer.score(Fixtures.sheet(e.set("QD26-01").orElseThrow(), new Random(1)));
    }

    /**
     * @return the first sheet scored with the example province pack ({@code ocop-examples/packs/lam-dong}:
     *         one replaced set and one local set, both compiled at load), on a cold JVM
     */
    @Benchmark
    public Object examplePackOnAColdJvm() {
        vn.ocop.pack.Pack pack = vn.ocop.pack.Packs.load(examplePack());
        Edition e = pack.catalogue().edition("QD-26-2026").orElseThrow();
        return pack.scorer().score(Fixtures.sheet(e.set("LD26-01").orElseThrow(), new Random(1)));
    }

    /** @return the example pack's folder: {@code -Docop.pack=…}, else looked up from the working folder */
    static java.nio.file.Path examplePack() {
        String given = System.getProperty("ocop.pack");
        if (given != null) {
            return java.nio.file.Path.of(given);
        }
        for (String p : new String[] {"ocop-examples/packs/lam-dong", "packs/lam-dong"}) {
            if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(p))) {
                return java.nio.file.Path.of(p);
            }
        }
        throw new IllegalStateException("run from the repository (or pass -Docop.pack=FOLDER): no packs/lam-dong here");
    }

    /**
     * @return the count of sets made ready: every set of every edition, its rule base built by
     *         {@code Scorer.prepare()} (in parallel), then one sheet of each scored
     */
    @Benchmark
    public int allEditionsReady() {
        Scorer scorer = Ocop.scorer();
        scorer.prepare();
        return scoreOneSheetOfEverySet(scorer);
    }

    /**
     * @param scorer a scorer
     * @return the number of sets scored: one generated sheet of every set of every edition, which builds
     *         every rule base
     */
    static int scoreOneSheetOfEverySet(Scorer scorer) {
        Random random = new Random(1);
        int n = 0;
        for (Edition e : scorer.catalogue().editions()) {
            for (CriteriaSet s : e.sets()) {
                scorer.score(Fixtures.sheet(s, random));
                n++;
            }
        }
        return n;
    }
}
