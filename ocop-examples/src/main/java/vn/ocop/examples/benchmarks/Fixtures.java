package vn.ocop.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.sheet.Sheet;

/** Generated sheets for the benchmarks: fixed seed, every set of an edition in turn, answers of all rungs. */
final class Fixtures {
    private Fixtures() {}

    static Sheet sheet(CriteriaSet set, Random random) {
        Sheet.Builder b = Sheet.builder(set.id());
        int quality = random.nextInt(101);
        for (Criterion c : set.leaves()) {
            switch (c.selection()) {
                case YES_NO -> b.answer(c.code(), random.nextInt(100) < quality);
                case CASES ->
                    b.answer(
                            c.code(),
                            c.cases().get(0).code(),
                            rung(c.cases().get(0).options().size(), quality, random));
                default -> b.answer(c.code(), rung(c.options().size(), quality, random));
            }
        }
        return b.build();
    }

    private static int rung(int size, int quality, Random random) {
        int target = Math.round(quality * size / 100f);
        return Math.max(0, Math.min(size, target + random.nextInt(3) - 1));
    }

    static List<Sheet> sheets(List<CriteriaSet> sets, int count, long seed) {
        Random random = new Random(seed);
        List<Sheet> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(sheet(sets.get(i % sets.size()), random));
        }
        return out;
    }
}
