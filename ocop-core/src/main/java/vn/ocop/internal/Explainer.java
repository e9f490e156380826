package vn.ocop.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.StarBand;
import vn.ocop.result.AppliedStop;
import vn.ocop.result.Disqualification;
import vn.ocop.result.Explanation;
import vn.ocop.result.FailedMinimum;

/**
 * Builds the {@link Explanation} of a result from what the rules decided and the criteria set, before the
 * result itself is built. Cheap: no rule runs.
 */
final class Explainer {
    private Explainer() {}

    /**
     * What the rules decided, as the explanation reads it.
     *
     * @param total             the total
     * @param bandStars         the band
     * @param stars             the final stars
     * @param failedMinimums    failed markers per level
     * @param stops             stop rules that applied
     * @param disqualifications dossier rejections
     */
    record Decided(
            BigDecimal total,
            int bandStars,
            int stars,
            Map<Integer, List<FailedMinimum>> failedMinimums,
            List<AppliedStop> stops,
            List<Disqualification> disqualifications) {}

    static Explanation of(Decided r, Edition edition, SetIndex index) {
        if (!r.disqualifications().isEmpty()) {
            List<String> by =
                    r.disqualifications().stream().map(d -> d.finding()).toList();
            List<Explanation.Level> levels = new ArrayList<>();
            for (int s = 3; s <= 5; s++) {
                levels.add(new Explanation.Level(s, false, BigDecimal.ZERO, List.of(), by));
            }
            return new Explanation(
                    "The dossier was rejected before scoring (" + String.join(", ", by)
                            + "), so the product has no star level.",
                    null,
                    levels);
        }
        StarBand b = edition.bands().stream()
                .filter(x -> x.stars() == r.bandStars())
                .findFirst()
                .orElse(null);
        Explanation.Band band = b == null
                ? null
                : new Explanation.Band(b.stars(), b.from(), b.below(), b.upTo(), b.wording(), b.rule());
        List<String> stops = r.stops().stream().map(s -> s.rule()).toList();
        List<Explanation.Level> levels = new ArrayList<>();
        for (int s = Math.max(3, r.stars() + 1); s <= 5; s++) {
            int level = s;
            StarBand lb = edition.bands().stream()
                    .filter(x -> x.stars() == level)
                    .findFirst()
                    .orElse(null);
            BigDecimal shortBy = lb == null || r.total().compareTo(lb.from()) >= 0
                    ? BigDecimal.ZERO
                    : lb.from().subtract(r.total());
            List<Explanation.Marker> markers = new ArrayList<>();
            for (FailedMinimum f : r.failedMinimums().getOrDefault(s, List.of())) {
                Criterion c = index.criterion(f.criterion());
                String optionLabel =
                        c.option(f.markedOption()).map(o -> o.label()).orElse("");
                markers.add(new Explanation.Marker(
                        f.criterion(), c.label(), f.required(), f.actual(), f.markedOption(), optionLabel));
            }
            levels.add(new Explanation.Level(s, shortBy.signum() > 0, shortBy, markers, stops));
        }
        return new Explanation(summary(r, band, levels, stops), band, levels);
    }

    private static String summary(
            Decided r, Explanation.@Nullable Band band, List<Explanation.Level> levels, List<String> stops) {
        StringBuilder sb = new StringBuilder();
        sb.append("Total ").append(plain(r.total()));
        if (band != null) {
            sb.append(" lies in the ")
                    .append(band.stars())
                    .append("★ band (from ")
                    .append(plain(band.from()))
                    .append(band.below() != null ? " to below " + plain(band.below()) : " up to " + plain(band.upTo()))
                    .append(", rule ")
                    .append(band.rule())
                    .append(")");
        }
        sb.append(". ");
        if (!stops.isEmpty()) {
            sb.append("Stop rule ").append(String.join(", ", stops)).append(" leaves the product without stars.");
            return sb.toString();
        }
        if (r.stars() < r.bandStars()) {
            Explanation.Level held = levels.stream()
                    .filter(l -> !l.markers().isEmpty() && !l.bandMissed())
                    .findFirst()
                    .orElse(null);
            if (held != null) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%d★ is held back by %s",
                        held.stars(),
                        String.join(
                                ", ",
                                held.markers().stream()
                                        .map(m -> "the minimum marker of " + m.criterion() + " (needs "
                                                + plain(m.required()) + ", has " + plain(m.actual()) + ")")
                                        .toList())));
                sb.append(", so the product is rated ").append(r.stars()).append("★.");
                return sb.toString();
            }
        }
        sb.append("The product is rated ")
                .append(r.stars())
                .append("★")
                .append(r.stars() < 5 && r.stars() == r.bandStars() ? " by its band" : "")
                .append(".");
        return sb.toString();
    }

    private static String plain(@Nullable BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
