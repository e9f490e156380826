package vn.ocop.examples.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.pack.PackInfo;
import vn.ocop.result.ScoreResult;

/**
 * The impact of a pack: each sheet scored under the national edition and under the pack, and whose stars
 * change. JSON fields: {@code pack}, {@code sheets[]} ({@code source}, {@code id}, {@code criteriaSet},
 * {@code national} and {@code pack} each {@code {total, stars}} or {@code {errors}}, {@code change} in stars,
 * absent when a side could not be scored), and {@code summary} ({@code sheets}, {@code compared}, {@code changed}, {@code up},
 * {@code down}, {@code unchanged}, {@code invalid}, {@code byChange}).
 */
final class Impact {

    /** One side of a comparison: a score, or why there is none. */
    record Side(BigDecimal total, Integer stars, List<String> errors) {
        static Side of(ScoreResult r) {
            return new Side(r.total(), r.stars(), null);
        }
    }

    /** One sheet. */
    record Row(String source, String id, String criteriaSet, Side national, Side pack, Integer change) {}

    /** The totals. */
    record Summary(
            int sheets,
            int compared,
            int changed,
            int up,
            int down,
            int unchanged,
            int invalid,
            Map<String, Integer> byChange) {}

    /** The whole report. */
    record Report(PackInfo pack, List<Row> sheets, Summary summary) {}

    private final Scorer national;
    private final Scorer pack;
    private final PackInfo info;
    private final List<Row> rows = new ArrayList<>();

    Impact(Scorer national, Scorer pack, PackInfo info) {
        this.national = national;
        this.pack = pack;
        this.info = info;
    }

    void add(String source, String json) {
        ScoreResult a = null;
        ScoreResult b = null;
        Side sa;
        Side sb;
        try {
            a = national.scoreJson(json, source);
            sa = Side.of(a);
        } catch (InvalidSheetException e) {
            sa = new Side(
                    null, null, e.problems().stream().map(Object::toString).toList());
        }
        try {
            b = pack.scoreJson(json, source);
            sb = Side.of(b);
        } catch (InvalidSheetException e) {
            sb = new Side(
                    null, null, e.problems().stream().map(Object::toString).toList());
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

    void unreadable(String file, String why) {
        Side side = new Side(null, null, List.of(why));
        rows.add(new Row(file, null, null, side, side, null));
    }

    Report report() {
        int changed = 0;
        int up = 0;
        int down = 0;
        int compared = 0;
        Map<Integer, Integer> by = new TreeMap<>();
        for (Row r : rows) {
            if (r.change() == null) {
                continue;
            }
            compared++;
            if (r.change() != 0) {
                changed++;
                by.merge(r.change(), 1, Integer::sum);
                if (r.change() > 0) {
                    up++;
                } else {
                    down++;
                }
            }
        }
        Map<String, Integer> byChange = new LinkedHashMap<>();
        by.forEach((k, v) -> byChange.put((k > 0 ? "+" : "") + k, v));
        return new Report(
                info,
                List.copyOf(rows),
                new Summary(
                        rows.size(),
                        compared,
                        changed,
                        up,
                        down,
                        compared - changed,
                        rows.size() - compared,
                        byChange));
    }

    void print(PrintStream out) {
        out.println("impact of pack " + info);
        int width = Math.max(
                5, rows.stream().mapToInt(r -> r.source().length()).max().orElse(5));
        String format = "%-" + width + "s  %-10s %-14s %-14s %s%n";
        out.printf(format, "sheet", "set", "national", "pack", "change");
        for (Row r : rows) {
            out.printf(
                    format,
                    r.source(),
                    r.criteriaSet() == null ? "?" : r.criteriaSet(),
                    side(r.national()),
                    side(r.pack()),
                    r.change() == null
                            ? "not compared"
                            : r.change() == 0 ? "=" : (r.change() > 0 ? "+" : "−") + Math.abs(r.change()) + "★");
        }
        Summary s = report().summary();
        out.println(s.sheets() + (s.sheets() == 1 ? " sheet" : " sheets") + ": " + s.changed() + " change stars ("
                + s.up() + " up, " + s.down() + " down), " + s.unchanged() + " unchanged, " + s.invalid()
                + " not compared" + (s.byChange().isEmpty() ? "" : "; by change " + s.byChange()));
        for (Row r : rows) {
            if (r.national().errors() != null) {
                out.println("  " + r.source() + " under the national edition: "
                        + String.join("; ", r.national().errors()));
            }
            if (r.pack().errors() != null) {
                out.println("  " + r.source() + " under the pack: "
                        + String.join("; ", r.pack().errors()));
            }
        }
    }

    private static String side(Side s) {
        return s.errors() != null ? "invalid" : OcopCommand.points(s.total()) + " " + s.stars() + "★";
    }
}
