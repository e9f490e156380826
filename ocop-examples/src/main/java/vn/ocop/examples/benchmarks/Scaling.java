package vn.ocop.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * {@code java -jar ocop-examples/target/benchmarks.jar --scaling}: wall-clock figures, after a warm-up, of how
 * time and memory grow with the number of rule bases, the number of sheets in a batch and the rules of a
 * set, and a council portfolio. Plain {@code System.nanoTime()} timings in one JVM, printed as a table; for
 * the per-sheet latency use the JMH benchmarks.
 */
final class Scaling {
    private Scaling() {}

    static void run() {
        Scorer scorer = Ocop.scorer();
        List<CriteriaSet> all = new ArrayList<>();
        scorer.catalogue().editions().forEach(e -> all.addAll(e.sets()));
        Edition qd26 = scorer.catalogue().edition("QD-26-2026").orElseThrow();

        System.out.println("rule bases built (cumulative; one sheet scored per set; heap after full GCs)");
        long heap0 = BenchmarksMain.usedAfterGc();
        Random random = new Random(1);
        int built = 0;
        long start = System.nanoTime();
        for (int size : new int[] {1, 10, 26, all.size()}) {
            for (; built < size; built++) {
                scorer.score(Fixtures.sheet(all.get(built), random));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "  %3d sets  %6d ms  %6.1f MB%n",
                    size, ms, (BenchmarksMain.usedAfterGc() - heap0) / (1024.0 * 1024.0));
        }

        System.out.println("scoreAll on mixed sheets of the 26 sets of 26/2026 (after 15 warm-up batches of 10,000;"
                + " results retained)");
        List<Sheet> warmUp = Fixtures.sheets(qd26.sets(), 10_000, 2);
        for (int i = 0; i < 15; i++) {
            scorer.scoreAll(warmUp);
        }
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            List<Sheet> sheets = Fixtures.sheets(qd26.sets(), n, n);
            long before = BenchmarksMain.usedAfterGc();
            long t = System.nanoTime();
            List<ScoreResult> results = scorer.scoreAll(sheets);
            double s = (System.nanoTime() - t) / 1e9;
            double kb = (BenchmarksMain.usedAfterGc() - before) / 1024.0 / results.size();
            System.out.printf(
                    "  %,8d sheets  %7.2f s  %,9.0f sheets/s  %5.1f KB retained per result%n", n, s, n / s, kb);
        }

        System.out.println(
                "one set at a time, sheets in sequence on one thread (rules per set vary; second of two" + " passes)");
        String[] ids = {"QD26-26", "QD26-01", "QD26-13"};
        for (int pass = 0; pass < 2 * ids.length; pass++) {
            String id = ids[pass % ids.length];
            CriteriaSet set = scorer.catalogue().set(id).orElseThrow();
            List<Sheet> sheets = Fixtures.sheets(List.of(set), 20_000, 3);
            sheets.forEach(scorer::score);
            if (pass < ids.length) {
                continue;
            }
            long t = System.nanoTime();
            sheets.forEach(scorer::score);
            double us = (System.nanoTime() - t) / 1e3 / sheets.size();
            int rules = set.leaves().stream()
                    .mapToInt(c -> c.options().size()
                            + c.cases().stream()
                                    .mapToInt(k -> k.options().size())
                                    .sum()
                            + c.minimums().size())
                    .sum();
            System.out.printf(
                    "  %-8s %3d leaf criteria  %4d option and marker rules  %6.1f µs per sheet%n",
                    id, set.leaves().size(), rules, us);
        }

        System.out.println("a portfolio of councils of 7 members (26/2026), scored one council after another");
        Random r = new Random(4);
        for (int n : new int[] {100, 1_000, 5_000}) {
            List<List<Sheet>> councils = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CriteriaSet set = qd26.sets().get(r.nextInt(qd26.sets().size()));
                councils.add(Fixtures.sheets(List.of(set), 7, i));
            }
            long t = System.nanoTime();
            councils.forEach(scorer::scoreCouncil);
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("  %,6d councils  %6.2f s  %6.2f ms per council%n", n, s, s * 1000 / n);
        }
    }
}
