package vn.ocop.examples.cli;

import static vn.ocop.result.HtmlReport.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.ocop.portfolio.Due;
import vn.ocop.portfolio.DueList;
import vn.ocop.portfolio.DueReason;
import vn.ocop.portfolio.PlanProgress;
import vn.ocop.portfolio.PortfolioStats;

/**
 * A portfolio's dashboard as one self-contained HTML page (no script, no network resource): what is due, the
 * plan's progress per target and commune, and the recognised products' stars by category and locality. Every
 * figure comes from the due, statistics and plan rules; the page only draws them.
 */
final class PortfolioDashboard {
    private PortfolioDashboard() {}

    /** The colour of each star level in the charts. */
    private static final Map<String, String> STAR_COLOURS = Map.of("3", "#90caf9", "4", "#1e88e5", "5", "#0d47a1");

    private static final Map<DueReason, String> REASONS = Map.of(
            DueReason.LAPSED, "Hết hiệu lực, không đánh giá lại / Lapsed",
            DueReason.IN_GRACE, "Quá hạn, còn trong 180 ngày / In the grace",
            DueReason.REEVALUATION_WINDOW_OPEN, "Đang trong thời hạn nộp hồ sơ đánh giá lại / Filing window open",
            DueReason.EXPIRING, "Sắp hết hạn / Expiring",
            DueReason.EDITION_CHANGE, "Đánh giá lại theo bộ tiêu chí mới / Next evaluation under the new edition");

    static String page(
            String name,
            DueList due,
            PortfolioStats stats,
            @Nullable PlanProgress plan,
            Map<String, String> productNames) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = "Theo dõi sản phẩm OCOP / OCOP portfolio: " + name;
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append("body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;margin:24px;color:#1d2733}")
                .append("h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-top:3px solid #b71c1c;"
                        + "padding-top:8px}.muted{color:#667}")
                .append(".tiles{display:flex;gap:12px;flex-wrap:wrap}.tile{border:1px solid #ccd;padding:8px 14px;"
                        + "min-width:120px}.tile b{display:block;font-size:26px}")
                .append("table{border-collapse:collapse;margin-top:8px}td,th{border:1px solid #ccd;padding:4px 6px;"
                        + "font-size:13px;text-align:left;vertical-align:middle}th{background:#f3f3f6}")
                .append(".bar{background:#eee;height:14px;width:320px;display:flex}.bar div{height:14px}"
                        + ".met{background:#2e7d32}.partly{background:#f9a825}.not{background:#b71c1c}")
                .append(".legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}")
                .append("</style></head><body>\n<h1>")
                .append(esc(title))
                .append("</h1>\n<p class=\"muted\">Ngày / As of ")
                .append(due.asOf())
                .append(" · ")
                .append(esc(due.edition()))
                .append(" · ")
                .append(due.products())
                .append(" sản phẩm / products</p>\n");
        tiles(h, due, stats);
        dueList(h, due, productNames);
        if (plan != null) {
            plan(h, plan);
        }
        h.append("<h2>Số sao theo ngành và địa bàn / Stars by category and locality</h2>\n");
        legend(h);
        for (String key : List.of("category", "province", "commune")) {
            Map<String, Map<String, Integer>> rows = stats.starsBy().getOrDefault(key, Map.of());
            h.append("<h3>")
                    .append(
                            switch (key) {
                                case "category" -> "Ngành / Category";
                                case "province" -> "Tỉnh / Province";
                                default -> "Xã / Commune";
                            })
                    .append("</h3>\n");
            stacked(h, rows);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void tiles(StringBuilder h, DueList due, PortfolioStats stats) {
        Map<DueReason, Integer> counts = new TreeMap<>();
        due.due().forEach(d -> counts.merge(d.reason(), 1, Integer::sum));
        h.append("<div class=\"tiles\">");
        tile(h, "Đang được công nhận / Recognised", stats.recognised());
        tile(h, "Mất sao / Lost their stars", stats.changes().lost().size());
        for (DueReason r : DueReason.values()) {
            tile(h, REASONS.get(r), counts.getOrDefault(r, 0));
        }
        h.append("</div>\n");
    }

    private static void tile(StringBuilder h, String label, int n) {
        h.append("<div class=\"tile\"><b>")
                .append(n)
                .append("</b>")
                .append(esc(label))
                .append("</div>");
    }

    private static void dueList(StringBuilder h, DueList due, Map<String, String> names) {
        h.append("<h2>Việc đến hạn / What is due (").append(due.within()).append(" tháng / months)</h2>\n");
        if (due.due().isEmpty()) {
            h.append("<p>Không có / Nothing is due.</p>\n");
            return;
        }
        h.append("<table><tr><th>Mã / Id</th><th>Sản phẩm / Product</th><th>Lý do / Reason</th><th>Sao</th>"
                + "<th>Hết hạn / Expires</th><th>Ghi chú / Detail</th></tr>\n");
        for (Due d : due.due()) {
            h.append("<tr><td>")
                    .append(esc(d.id()))
                    .append("</td><td>")
                    .append(esc(names.getOrDefault(d.id(), "")))
                    .append("</td><td>")
                    .append(esc(REASONS.get(d.reason())))
                    .append("</td><td>")
                    .append(d.stars())
                    .append("★</td><td>")
                    .append(d.expires())
                    .append("</td><td>")
                    .append(esc(d.detail()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void plan(StringBuilder h, PlanProgress plan) {
        h.append("<h2>Tiến độ kế hoạch / Plan progress")
                .append(plan.plan() == null ? "" : ": " + esc(plan.plan()))
                .append("</h2>\n<table><tr><th>Chỉ tiêu / Target</th><th>Năm</th><th>Đạt / Achieved</th>"
                        + "<th></th><th>Theo xã / By commune</th></tr>\n");
        for (PlanProgress.Progress p : plan.targets()) {
            var t = p.target();
            String where = PortfolioCommand.where(t.locality());
            h.append("<tr><td>")
                    .append(esc(t.id()))
                    .append("<br><span class=\"muted\">")
                    .append(t.measure())
                    .append(" ")
                    .append(t.stars())
                    .append("★+")
                    .append(where.isEmpty() ? "" : " · " + esc(where))
                    .append("</span></td><td>")
                    .append(t.year())
                    .append(p.closed() ? "" : " …")
                    .append("</td><td>")
                    .append(p.achieved())
                    .append(" / ")
                    .append(p.goal())
                    .append("</td><td>")
                    .append(progressBar(p))
                    .append("</td><td>");
            List<String> communes = new ArrayList<>();
            p.byCommune().forEach((c, n) -> communes.add(esc(c) + " " + n));
            h.append(String.join(", ", communes)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String progressBar(PlanProgress.Progress p) {
        int pct = Math.min(100, p.achieved() * 100 / p.goal());
        String kind = switch (p.status()) {
            case MET -> "met";
            case PARTLY_MET -> "partly";
            case NOT_MET -> "not";
        };
        return "<div class=\"bar\" title=\"" + p.status() + "\"><div class=\"" + kind + "\" style=\"width:" + pct
                + "%\"></div></div>";
    }

    private static void legend(StringBuilder h) {
        h.append("<p class=\"legend\">");
        for (String s : List.of("3", "4", "5")) {
            h.append("<span style=\"background:")
                    .append(STAR_COLOURS.get(s))
                    .append("\"></span>")
                    .append(s)
                    .append("★");
        }
        h.append("</p>\n");
    }

    /** One bar per row, its segments the products of each star level; bars share one scale. */
    private static void stacked(StringBuilder h, Map<String, Map<String, Integer>> rows) {
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">Không có sản phẩm đang được công nhận / No recognised product.</p>\n");
            return;
        }
        int max = rows.values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max()
                .orElse(1);
        h.append("<table>");
        rows.forEach((label, byStars) -> {
            int total = byStars.values().stream().mapToInt(Integer::intValue).sum();
            h.append("<tr><td>")
                    .append(esc(label))
                    .append("</td><td>")
                    .append(total)
                    .append("</td><td>");
            h.append("<div class=\"bar\">");
            for (String s : List.of("3", "4", "5")) {
                int n = byStars.getOrDefault(s, 0);
                if (n > 0) {
                    h.append("<div style=\"background:")
                            .append(STAR_COLOURS.get(s))
                            .append(";width:")
                            .append(n * 320 / max)
                            .append("px\" title=\"")
                            .append(s)
                            .append("★: ")
                            .append(n)
                            .append("\"></div>");
                }
            }
            h.append("</div></td></tr>\n");
        });
        h.append("</table>\n");
    }
}
