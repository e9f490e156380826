package vn.ocop.examples.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import vn.ocop.Ocop;
import vn.ocop.Scorer;

/**
 * {@code java -jar ocop-examples/target/benchmarks.jar [JMH options] [benchmark regexp]}: runs the JMH
 * benchmarks, then prints each Drools figure beside the plain-Java floor measured in the same run, and the
 * heap retained by the rule bases of every shipped edition. {@code --quick} runs everything with short
 * settings (about five minutes on two cores): one fork with short iterations for the scoring benchmarks,
 * three cold forks for the load benchmarks. {@code --heap} measures the heap only; {@code --scaling} prints how
 * time and memory grow with rule bases, batch size and rules per set ({@link Scaling}).
 */
public final class BenchmarksMain {
    private BenchmarksMain() {}

    /**
     * @param args JMH command-line options
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        if (args.length == 1 && args[0].equals("--heap")) {
            heap();
            return;
        }
        if (args.length == 1 && args[0].equals("--scaling")) {
            Scaling.run();
            return;
        }
        Collection<RunResult> results = new java.util.ArrayList<>();
        boolean everything;
        if (args.length == 1 && args[0].equals("--quick")) {
            results.addAll(new Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                            .include(ScoringBenchmark.class.getSimpleName())
                            .forks(1)
                            .warmupIterations(5)
                            .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(3))
                            .measurementIterations(3)
                            .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                            .build())
                    .run());
            results.addAll(new Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                            .include(LoadBenchmark.class.getSimpleName())
                            .forks(3)
                            .build())
                    .run());
            everything = true;
        } else {
            CommandLineOptions options;
            try {
                options = new CommandLineOptions(args);
            } catch (CommandLineOptionException e) {
                System.err.println("benchmarks: " + e.getMessage());
                System.exit(2);
                return;
            }
            results.addAll(new Runner(options).run());
            everything = options.getIncludes().isEmpty();
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, String> unit = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String key = name.substring(name.lastIndexOf('.') + 1) + "/"
                    + r.getParams().getMode().shortLabel();
            score.put(key, r.getPrimaryResult().getScore());
            unit.put(key, r.getPrimaryResult().getScoreUnit());
        }
        System.out.println();
        System.out.println("ocop benchmark summary (Drools beside the plain-Java floor of the same run)");
        ratio(score, unit, "singleSheet/avgt", "singleSheetPlainJava/avgt", false);
        ratio(score, unit, "singleSheet/sample", "singleSheetPlainJava/sample", false);
        ratio(score, unit, "singleSheetInSetOrder/avgt", "singleSheetPlainJava/avgt", false);
        ratio(score, unit, "batchTwoThreads/thrpt", "batchTwoThreadsPlainJava/thrpt", true);
        ratio(score, unit, "batchScoreAll/thrpt", "batchTwoThreadsPlainJava/thrpt", true);
        print(score, unit, "councilOfNine/avgt");
        print(score, unit, "firstSheetOnAColdJvm/ss");
        print(score, unit, "allEditionsReady/ss");
        print(score, unit, "examplePackOnAColdJvm/ss");
        if (everything) {
            heap();
        }
    }

    private static void ratio(
            Map<String, Double> score, Map<String, String> unit, String drools, String plain, boolean higherIsBetter) {
        if (!score.containsKey(drools) || !score.containsKey(plain)) {
            return;
        }
        double d = score.get(drools);
        double p = score.get(plain);
        double r = higherIsBetter ? p / d : d / p;
        System.out.printf("  %-28s %12.2f %-8s plain Java %12.2f  ratio %7.1f×%n", drools, d, unit.get(drools), p, r);
    }

    private static void print(Map<String, Double> score, Map<String, String> unit, String key) {
        if (score.containsKey(key)) {
            System.out.printf("  %-28s %12.2f %s%n", key, score.get(key), unit.get(key));
        }
    }

    /** Heap retained by the rule bases of every set of every edition, after full GCs. */
    static void heap() {
        long before = usedAfterGc();
        Scorer scorer = Ocop.scorer();
        int sets = LoadBenchmark.scoreOneSheetOfEverySet(scorer);
        long after = usedAfterGc();
        System.out.printf(
                "  heap retained by the catalogue and %d rule bases: %.1f MB%n",
                sets, (after - before) / (1024.0 * 1024.0));
        if (scorer.catalogue().editions().isEmpty()) {
            System.out.println("  (no editions)");
        }
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
