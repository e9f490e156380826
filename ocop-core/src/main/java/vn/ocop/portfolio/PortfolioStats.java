package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A portfolio's statistics on a date ({@code ocop portfolio stats --json} prints it).
 *
 * @param asOf       the date
 * @param products   how many products the portfolio has
 * @param recognised how many hold a valid certificate on that date (their latest recognition, not yet expired)
 * @param counts     the recognised products counted by {@code stars}, {@code category}, {@code province},
 *                   {@code commune} ("province / commune"), {@code edition}; and {@code year}: every recognition
 *                   of every product by the year of its decision. Keys sorted.
 * @param starsBy    the recognised products by {@code category}, {@code province} and {@code commune}, each
 *                   value counted by stars ({@code {"category": {"I Sản phẩm thực phẩm": {"3": 1, "4": 2}}}}):
 *                   what a chart of stars by category and locality draws. Keys sorted.
 * @param changes    how the stars changed on re-evaluation, and which products lost them
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PortfolioStats(
        LocalDate asOf,
        int products,
        int recognised,
        Map<String, Map<String, Integer>> counts,
        Map<String, Map<String, Map<String, Integer>>> starsBy,
        Changes changes) {
    /** Checks and copies. */
    public PortfolioStats {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(changes, "changes");
        counts = copy(counts);
        Map<String, Map<String, Map<String, Integer>>> by = new LinkedHashMap<>();
        starsBy.forEach((k, v) -> {
            Map<String, Map<String, Integer>> inner = new LinkedHashMap<>();
            v.forEach((value, stars) ->
                    inner.put(value, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stars))));
            by.put(k, java.util.Collections.unmodifiableMap(inner));
        });
        starsBy = java.util.Collections.unmodifiableMap(by);
    }

    private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The products whose latest recognition re-evaluated an earlier one, by how the stars moved, and the
     * products that lost their stars (a certificate lapsed: expired 180 days ago or more, never renewed).
     *
     * @param up   re-evaluated to more stars
     * @param down re-evaluated to fewer stars
     * @param same re-evaluated to the same stars
     * @param lost lapsed
     */
    public record Changes(List<String> up, List<String> down, List<String> same, List<String> lost) {
        /** Copies. */
        public Changes {
            up = List.copyOf(up);
            down = List.copyOf(down);
            same = List.copyOf(same);
            lost = List.copyOf(lost);
        }
    }
}
