package vn.ocop.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.result.ScoreResult;

/**
 * The impact of a pack (CLI {@code impact}, server {@code POST /v1/impact}): each sheet scored under the national edition and under the pack, and whose stars
 * change. JSON fields: {@code pack}, {@code sheets[]} ({@code source}, {@code id}, {@code criteriaSet},
 * {@code national} and {@code pack} each {@code {total, stars}} or {@code {errors}}, {@code change} in stars,
 * absent when a side could not be scored), and {@code summary} ({@code sheets}, {@code compared}, {@code changed}, {@code up},
 * {@code down}, {@code unchanged}, {@code invalid}, {@code byChange}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PackImpact {

    /**
     * One side of a comparison: a score, or why there is none.
     *
     * @param total  the total, or null when the sheet could not be scored on this side
     * @param stars  the final stars, or null likewise
     * @param errors why it could not be scored, or null when it was
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Side(
            @Nullable BigDecimal total,
            @Nullable Integer stars,
            @Nullable List<String> errors) {
        static Side of(ScoreResult r) {
            return new Side(r.total(), r.stars(), null);
        }

        static Side invalid(List<String> errors) {
            return new Side(null, null, List.copyOf(errors));
        }
    }

    /**
     * One sheet.
     *
     * @param source      where it came from
     * @param id          its id, when one side could read it
     * @param criteriaSet its criteria set, likewise
     * @param national    its score under the national edition
     * @param pack        its score under the pack
     * @param change      the pack's stars minus the national stars, or null when a side could not score it
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Row(
            String source,
            @Nullable String id,
            @Nullable String criteriaSet,
            Side national,
            Side pack,
            @Nullable Integer change) {}

    /** The totals. A value the library makes: no public constructor, so fields can be added. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    @JsonPropertyOrder({"sheets", "compared", "changed", "up", "down", "unchanged", "invalid", "byChange"})
    public static final class Summary {
        private final int sheets;
        private final int compared;
        private final int changed;
        private final int up;
        private final int down;
        private final Map<String, Integer> byChange;

        Summary(int sheets, int compared, int changed, int up, int down, Map<String, Integer> byChange) {
            this.sheets = sheets;
            this.compared = compared;
            this.changed = changed;
            this.up = up;
            this.down = down;
            this.byChange = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byChange));
        }

        /** @return sheets given */
        @JsonProperty
        public int sheets() {
            return sheets;
        }

        /** @return sheets scored on both sides */
        @JsonProperty
        public int compared() {
            return compared;
        }

        /** @return compared sheets whose stars change */
        @JsonProperty
        public int changed() {
            return changed;
        }

        /** @return compared sheets whose stars go up */
        @JsonProperty
        public int up() {
            return up;
        }

        /** @return compared sheets whose stars go down */
        @JsonProperty
        public int down() {
            return down;
        }

        /** @return compared sheets whose stars stay */
        @JsonProperty
        public int unchanged() {
            return compared - changed;
        }

        /** @return sheets not compared (invalid on a side, or unreadable) */
        @JsonProperty
        public int invalid() {
            return sheets - compared;
        }

        /** @return how many sheets per change ("+1", "-1", ...), in order of the change */
        @JsonProperty
        public Map<String, Integer> byChange() {
            return byChange;
        }
    }

    /**
     * The whole report.
     *
     * @param pack    the pack compared
     * @param sheets  every sheet, in the order given
     * @param summary the totals
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Report(PackInfo pack, List<Row> sheets, Summary summary) {}

    private final Scorer national;
    private final Scorer pack;
    private final PackInfo info;
    private final List<Row> rows = new ArrayList<>();

    /**
     * @param national scores under the national edition
     * @param pack     scores under the pack, with the same options
     * @param info     the pack's name, version and hash
     */
    public PackImpact(Scorer national, Scorer pack, PackInfo info) {
        this.national = national;
        this.pack = pack;
        this.info = info;
    }

    /**
     * Scores one sheet on both sides; a sheet that is invalid on a side is recorded with its problems.
     *
     * @param source where it came from
     * @param json   the sheet
     */
    public void add(String source, String json) {
        ScoreResult a = null;
        ScoreResult b = null;
        Side sa;
        Side sb;
        try {
            a = national.scoreJson(json, source);
            sa = Side.of(a);
        } catch (InvalidSheetException e) {
            sa = Side.invalid(e.problems().stream().map(Object::toString).toList());
        }
        try {
            b = pack.scoreJson(json, source);
            sb = Side.of(b);
        } catch (InvalidSheetException e) {
            sb = Side.invalid(e.problems().stream().map(Object::toString).toList());
        }
        ScoreResult any = a != null ? a : b;
        rows.add(new Row(
                source,
                any == null ? null : any.id(),
                any == null ? null : any.criteriaSet(),
                sa,
                sb,
                a != null && b != null ? b.stars() - a.stars() : null));
    }

    /**
     * Records a sheet that could not be read at all.
     *
     * @param file where it came from
     * @param why  what is wrong
     */
    public void unreadable(String file, String why) {
        Side side = Side.invalid(List.of(why));
        rows.add(new Row(file, null, null, side, side, null));
    }

    /** @return the comparison so far */
    public Report report() {
        int changed = 0;
        int up = 0;
        int down = 0;
        int compared = 0;
        Map<Integer, Integer> by = new TreeMap<>();
        for (Row r : rows) {
            Integer change = r.change();
            if (change == null) {
                continue;
            }
            compared++;
            if (change != 0) {
                changed++;
                by.merge(change, 1, Integer::sum);
                if (change > 0) {
                    up++;
                } else {
                    down++;
                }
            }
        }
        Map<String, Integer> byChange = new LinkedHashMap<>();
        by.forEach((k, v) -> byChange.put((k > 0 ? "+" : "") + k, v));
        return new Report(info, List.copyOf(rows), new Summary(rows.size(), compared, changed, up, down, byChange));
    }
}
