package vn.ocop.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.ocop.portfolio.Plan;
import vn.ocop.portfolio.PlanMeasure;
import vn.ocop.portfolio.PlanProgress;
import vn.ocop.portfolio.PlanTarget;
import vn.ocop.spi.Contribution;
import vn.ocop.spi.Holding;

/**
 * A plan's progress from what the plan rules found: the rules decide which recognition counts towards which
 * target; this counts distinct products (or, for {@code EACH_COMMUNE}, the communes with enough of them).
 */
final class Planning {
    private Planning() {}

    static PlanProgress progress(
            int products,
            List<Holding> holdings,
            Map<String, vn.ocop.portfolio.Locality> localities,
            Plan plan,
            LocalDate asOf,
            List<Contribution> contributions) {
        int n = plan.targets().size();
        List<Set<String>> counted = new ArrayList<>(n);
        List<Map<String, Set<String>>> byCommune = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            counted.add(new TreeSet<>());
            Map<String, Set<String>> communes = new TreeMap<>();
            for (String c : plan.targets().get(i).communes()) {
                communes.put(c, new TreeSet<>()); // every commune listed shows, 0 where none counts
            }
            byCommune.add(communes);
        }
        for (Contribution c : contributions) {
            if (c.target() < 0 || c.target() >= n || c.holding() < 0 || c.holding() >= holdings.size()) {
                throw new IllegalStateException(
                        "the plan rules counted a target or recognition that does not exist: " + c);
            }
            Holding h = holdings.get(c.holding());
            counted.get(c.target()).add(h.product());
            String commune = c.commune() != null
                    ? c.commune()
                    : commune(localities.getOrDefault(h.product(), vn.ocop.portfolio.Locality.UNKNOWN));
            byCommune
                    .get(c.target())
                    .computeIfAbsent(commune, k -> new TreeSet<>())
                    .add(h.product());
        }
        List<PlanProgress.Progress> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PlanTarget t = plan.targets().get(i);
            Map<String, Integer> communes = new LinkedHashMap<>();
            byCommune.get(i).forEach((c, ids) -> communes.put(c, ids.size()));
            int achieved = t.measure() == PlanMeasure.EACH_COMMUNE
                    ? (int) communes.values().stream()
                            .filter(k -> k >= t.count())
                            .count()
                    : counted.get(i).size();
            out.add(new PlanProgress.Progress(
                    t, achieved, asOf.isAfter(LocalDate.of(t.year(), 12, 31)), List.copyOf(counted.get(i)), communes));
        }
        return new PlanProgress(asOf, plan.name(), products, out);
    }

    /** A product's commune as the progress names it: "district / commune" where a district is given. */
    static String commune(vn.ocop.portfolio.Locality l) {
        String commune = l.commune() == null ? "(unknown)" : l.commune();
        return l.district() == null ? commune : l.district() + " / " + commune;
    }
}
