package vn.ocop.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;

/**
 * A self-contained HTML page (inline CSS, no network resources, UTF-8) for sheets or a council: the sheet
 * laid out like the official scoring form with the chosen options marked, part and group bars, the star
 * level, failed markers, the explanation and the advisor's next steps.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * One section of the page: one sheet, or one council.
     *
     * @param source where the sheet came from (a file name, "council of 3")
     * @param result its result
     * @param set    the criteria set it was scored on (the form is laid out from it)
     * @param advice the advisor's next steps, or null to leave them out
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Section(
            String source,
            ScoreResult result,
            CriteriaSet set,
            @Nullable Advice advice) {}

    /**
     * @param title    the page's title, also its heading
     * @param sections the sheets or councils, in order
     * @return the whole page, UTF-8 text with inline CSS and no network resources
     */
    public static String page(String title, List<Section> sections) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append("body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;margin:24px;color:#1d2733;}")
                .append("h1{font-size:22px}h2{font-size:18px;margin-top:28px}section{border-top:3px solid #b71c1c;"
                        + "padding-top:8px;margin-bottom:40px}")
                .append(
                        ".stars{font-size:30px;color:#e0a800}.muted{color:#667}.bar{background:#eee;height:14px;"
                                + "width:320px;display:inline-block;vertical-align:middle}.fill{background:#2e7d32;height:14px}")
                .append("table{border-collapse:collapse;width:100%;margin-top:8px}td,th{border:1px solid #ccd;"
                        + "padding:4px 6px;vertical-align:top;font-size:13px}th{background:#f3f3f6;text-align:left}")
                .append(
                        ".pts{white-space:nowrap}.chosen{background:#e8f5e9;font-weight:bold}.chosen:before{content:'\\2714  '}"
                                + ".group td{background:#fafafa;font-weight:bold}.fail{color:#b71c1c}")
                .append("</style></head><body>\n<h1>")
                .append(esc(title))
                .append("</h1>\n");
        for (Section s : sections) {
            section(h, s);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder h, Section s) {
        ScoreResult r = s.result();
        CriteriaSet set = s.set();
        Object name = r.product().get("name");
        h.append("<section data-set=\"")
                .append(esc(set.id()))
                .append("\"><h2>")
                .append(esc(name == null ? s.source() : name.toString()))
                .append("</h2>\n<p class=\"muted\">")
                .append(esc(set.id() + " · " + set.name() + " · " + r.edition()))
                .append(" — ")
                .append(esc(r.editionReason()))
                .append(" · ")
                .append(esc(s.source()))
                .append("</p>\n");
        h.append("<p><span class=\"stars\" id=\"stars\">")
                .append("★".repeat(r.stars()))
                .append("☆".repeat(5 - r.stars()))
                .append("</span> <b>")
                .append(r.stars())
                .append("★</b> (band ")
                .append(r.bandStars())
                .append("★) · total <b>")
                .append(points(r.total()))
                .append("</b> / ")
                .append(points(r.maxTotal()))
                .append(" · ")
                .append(r.ocopProduct() ? "sản phẩm OCOP" : "chưa đạt sản phẩm OCOP")
                .append("</p>\n");
        if (r.explanation() != null) {
            h.append("<p>").append(esc(r.explanation().summary())).append("</p>\n");
        }
        h.append("<table><tr><th>Phần / nhóm</th><th>Điểm</th><th></th></tr>\n");
        for (Part p : set.parts()) {
            h.append(bar(
                    "Phần " + p.code(),
                    r.parts().getOrDefault(p.code(), BigDecimal.ZERO),
                    r.partMaxima().getOrDefault(p.code(), p.max()),
                    true));
            for (GroupScore g : r.groups()) {
                if (g.part() == p.code()) {
                    h.append(bar(g.code() + ". " + g.label(), g.points(), g.max(), false));
                }
            }
        }
        h.append("</table>\n");
        failed(h, r);
        if (s.advice() != null
                && !(s.advice().targets().isEmpty() && s.advice().unreachable().isEmpty())) {
            h.append("<h3>Để đạt hạng sao cao hơn (next steps)</h3><ul>\n");
            List<Advice.Target> all = new java.util.ArrayList<>(s.advice().targets());
            all.addAll(s.advice().unreachable());
            all.sort(java.util.Comparator.comparingInt(Advice.Target::stars));
            for (Advice.Target t : all) {
                h.append("<li>").append(t.stars()).append("★: ");
                if (!t.reachable()) {
                    h.append(esc(t.reason()));
                } else {
                    h.append(t.changes().stream()
                            .map(c -> esc(
                                    c.criterion() + " → phương án " + (c.caseCode() == null ? "" : c.caseCode() + ":")
                                            + c.option() + " (" + points(c.points()) + " điểm)"))
                            .collect(Collectors.joining("; ")));
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        form(h, r, set);
        if (!r.stops().isEmpty()
                || !r.disqualifications().isEmpty()
                || !r.warnings().isEmpty()) {
            h.append("<h3>Ghi chú</h3><ul>\n");
            r.stops()
                    .forEach(x -> h.append("<li class=\"fail\">")
                            .append(esc(x.rule() + ": " + x.text()))
                            .append("</li>\n"));
            r.disqualifications()
                    .forEach(x -> h.append("<li class=\"fail\">")
                            .append(esc(x.finding() + ": " + x.label()))
                            .append("</li>\n"));
            r.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static String bar(String label, BigDecimal value, BigDecimal max, boolean part) {
        int pct = max.signum() == 0
                ? 0
                : value.multiply(BigDecimal.valueOf(100))
                        .divide(max, 0, RoundingMode.DOWN)
                        .intValue();
        return "<tr" + (part ? " class=\"group\"" : "") + "><td>" + esc(label) + "</td><td class=\"pts\">"
                + points(value) + " / "
                + points(max) + "</td><td><div class=\"bar\"><div class=\"fill\" style=\"width:" + Math.min(100, pct)
                + "%\"></div></div></td></tr>\n";
    }

    private static void failed(StringBuilder h, ScoreResult r) {
        if (r.allFailedMinimums().isEmpty()) {
            return;
        }
        h.append("<h3>Tiêu chí chưa đạt mức tối thiểu (failed minimum markers)</h3><ul>\n");
        for (Map.Entry<Integer, List<FailedMinimum>> e : r.failedMinimums().entrySet()) {
            for (FailedMinimum f : e.getValue()) {
                h.append("<li class=\"fail\">")
                        .append(e.getKey())
                        .append("★: ")
                        .append(esc(f.criterion()))
                        .append(" cần ")
                        .append(points(f.required()))
                        .append(" điểm (phương án ")
                        .append(f.markedOption())
                        .append("), đạt ")
                        .append(points(f.actual()))
                        .append("</li>\n");
            }
        }
        h.append("</ul>\n");
    }

    private static void form(StringBuilder h, ScoreResult r, CriteriaSet set) {
        Map<String, Award> awards = r.awards().stream().collect(Collectors.toMap(Award::criterion, a -> a));
        h.append("<h3>Phiếu đánh giá (scoring sheet)</h3><table><tr><th>Tiêu chí</th><th>Phương án</th>"
                + "<th>Điểm</th></tr>\n");
        for (Part p : set.parts()) {
            h.append("<tr class=\"group\"><td colspan=\"3\">Phần ")
                    .append(p.code())
                    .append(" (")
                    .append(points(p.max()))
                    .append(" điểm)</td></tr>\n");
            for (CriterionGroup g : p.groups()) {
                h.append("<tr class=\"group\"><td colspan=\"3\">")
                        .append(esc(g.code() + ". " + g.label()))
                        .append(g.labelEn().isEmpty() ? "" : " <span class=\"muted\">(" + esc(g.labelEn()) + ")</span>")
                        .append("</td></tr>\n");
                for (Criterion top : g.criteria()) {
                    for (Criterion c : top.leaves()) {
                        row(h, c, awards.get(c.code()));
                    }
                }
            }
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, Criterion c, @Nullable Award a) {
        h.append("<tr data-criterion=\"")
                .append(esc(c.code()))
                .append("\"><td>")
                .append(esc(c.code() + " " + c.label()))
                .append(c.labelEn().isEmpty() ? "" : "<br><span class=\"muted\">" + esc(c.labelEn()) + "</span>")
                .append("</td><td>");
        if (c.cases().isEmpty()) {
            options(h, c, c.options(), a, null);
        } else {
            for (CaseDefinition k : c.cases()) {
                h.append("<div class=\"muted\">").append(esc(k.label())).append("</div>");
                options(h, c, k.options(), a, k.code());
            }
        }
        h.append("</td><td class=\"pts\">")
                .append(a == null ? "" : points(a.points()) + " / " + points(a.max()))
                .append("</td></tr>\n");
    }

    private static void options(
            StringBuilder h, Criterion c, List<Option> options, @Nullable Award a, @Nullable String caseCode) {
        for (Option o : options) {
            boolean chosen = a != null
                    && a.option() == o.position()
                    && (caseCode == null ? a.caseCode() == null : caseCode.equals(a.caseCode()));
            String markers = c.minimums().stream()
                    .filter(m -> m.markedOption() == o.position() && caseCode == null)
                    .map(Minimum::stars)
                    .map(s -> "*".repeat(s))
                    .collect(Collectors.joining(" "));
            h.append("<div")
                    .append(chosen ? " class=\"chosen\"" : "")
                    .append(">")
                    .append(o.position())
                    .append(") ")
                    .append(esc(o.label()))
                    .append(" — ")
                    .append(points(o.points()))
                    .append(" đ")
                    .append(markers.isEmpty() ? "" : " <b>" + markers.split(" ")[0] + "</b>")
                    .append("</div>");
        }
    }

    private static String points(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }

    /** @param s any text @return the text with HTML's special characters escaped */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
