package vn.ocop.examples.cli;

import static vn.ocop.examples.cli.OcopCommand.points;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.result.Award;
import vn.ocop.result.FailedMinimum;
import vn.ocop.result.ScoreResult;

/** Readable tables for the terminal. */
final class ResultTable {
    private ResultTable() {}

    /**
     * Text from a sheet as a terminal may show it: control characters (which can move the cursor or retitle the
     * window) and bidirectional overrides (which can make text read backwards) are written as {@code \\uXXXX}.
     */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = (c < 0x20 && c != '\t')
                    || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069);
            if (unsafe && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(unsafe ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    static void print(PrintStream out, String source, ScoreResult r, Catalogue catalogue) {
        CriteriaSet set = catalogue.set(r.criteriaSet()).orElseThrow();
        out.println("== " + safe(source));
        Object name = r.product().get("name");
        out.println("   " + (name == null ? "" : safe(String.valueOf(name)) + " · ") + set.id() + " " + set.name()
                + " · edition " + r.edition() + (r.editionReason().isEmpty() ? "" : " (" + r.editionReason() + ")"));
        if (r.disqualified()) {
            r.disqualifications().forEach(d -> out.println("   DOSSIER REJECTED (" + d.finding() + "): " + d.label()));
            out.println("   not scored; stars 0; OCOP product: no");
            out.println();
            return;
        }
        out.printf("   %-9s %-7s %6s %5s  %s%n", "criterion", "option", "points", "max", "label");
        Map<String, Criterion> criteria = set.criteria();
        for (Award a : r.awards()) {
            Criterion c = criteria.get(a.criterion());
            String option = a.option() == 0 ? "none" : (a.caseCode() == null ? "" : a.caseCode() + ":") + a.option();
            if (c.selection() == vn.ocop.catalogue.Selection.YES_NO) {
                option = a.option() == 2 ? "yes" : "no";
            }
            out.printf(
                    "   %-9s %-7s %6s %5s  %s%n",
                    a.criterion(), option, points(a.points()), points(a.max()), shorten(c.label(), 60));
        }
        out.println();
        for (PartCode p : r.parts().keySet()) {
            String groups = r.groups().stream()
                    .filter(g -> g.part() == p)
                    .map(g -> g.code() + ": " + points(g.points()) + "/" + points(g.max()))
                    .collect(Collectors.joining(", "));
            out.printf(
                    "   part %s  %5s / %s   (groups %s)%n",
                    p, points(r.parts().get(p)), points(r.partMaxima().get(p)), groups);
        }
        out.printf(
                "   total   %5s / %s   band %d★   final %d★   OCOP product: %s%n",
                points(r.total()), points(r.maxTotal()), r.bandStars(), r.stars(), r.ocopProduct() ? "yes" : "no");
        for (Map.Entry<Integer, List<FailedMinimum>> e : r.failedMinimums().entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.println("   failed " + e.getKey() + "★ minimums: "
                        + e.getValue().stream()
                                .map(f -> f.criterion() + " needs " + points(f.required()) + " (option "
                                        + f.markedOption() + "), has " + points(f.actual()))
                                .collect(Collectors.joining("; ")));
            }
        }
        if (r.council() != null) {
            vn.ocop.result.Council c = r.council();
            out.println("   members: "
                    + c.members().stream()
                            .map(m -> safe(String.valueOf(m.id())) + " " + points(m.total()) + " (" + m.stars() + "★)")
                            .collect(Collectors.joining(", ")));
            if (c.seats().stream().anyMatch(seat -> seat.status() != vn.ocop.result.Council.SeatStatus.SCORED)) {
                out.println("   seats: "
                        + c.seats().stream()
                                .map(seat -> safe(seat.name()) + " ("
                                        + seat.role().name().toLowerCase(java.util.Locale.ROOT) + ") "
                                        + switch (seat.status()) {
                                            case SCORED -> points(java.util.Objects.requireNonNull(seat.total()));
                                            case ABSENT -> "absent";
                                            case NOT_SCORING -> "does not score";
                                        })
                                .collect(Collectors.joining(", ")));
            }
            out.println("   completion " + c.completion()
                    + (c.complete() ? "" : ": INCOMPLETE (" + c.quorum() + " required)")
                    + (c.level() == null ? "" : " · level " + c.level())
                    + " · markers checked on " + c.markerBasis()
                    + (c.rounding() == vn.ocop.Rounding.EXACT
                            ? ""
                            : " · mean " + points(c.exactMean()) + " published as " + c.rounding()));
            out.println("   spread " + points(c.spread()) + " (allowed " + points(c.maxSpread()) + ")"
                    + (c.spreadPairs().isEmpty()
                            ? ""
                            : " EXCEEDED by "
                                    + c.spreadPairs().stream()
                                            .map(p -> safe(p.first()) + " and " + safe(p.second()) + " ("
                                                    + points(p.difference()) + ")")
                                            .collect(Collectors.joining(", ")))
                    + (c.membersFarFromMean().isEmpty()
                            ? ""
                            : " · far from the mean (over " + points(c.farFromMean()) + "): "
                                    + c.membersFarFromMean().stream()
                                            .map(d -> safe(d.id()) + " " + points(d.total()))
                                            .collect(Collectors.joining(", "))));
        }
        if (r.recognition() != null) {
            vn.ocop.result.Recognition rec = r.recognition();
            out.println("   recognised by: " + rec.authority() + " (" + rec.level() + ")"
                    + (rec.potentialFiveStar() ? " — potential 5★: the ministry's central council decides" : ""));
            if (rec.expires() != null) {
                out.println("   certificate: from " + rec.recognitionDate()
                        + (rec.dateAssumed() ? " (evaluation date)" : "")
                        + " until " + rec.expires()
                        + (rec.reEvaluationFrom() == null
                                ? ""
                                : "; file re-evaluation between " + rec.reEvaluationFrom() + " and "
                                        + rec.reEvaluationUntil()));
            }
        }
        r.stops()
                .forEach(s -> out.println(
                        "   STOP (" + (s.finding() == null ? "criterion " + s.criterion() + " scored 0" : s.finding())
                                + ", " + s.effect() + "): " + s.text()));
        r.warnings().forEach(w -> out.println("   warning: " + safe(w)));
        out.println();
    }

    static void printSet(PrintStream out, CriteriaSet set) {
        out.println(set.id() + "  " + set.name() + "  (edition " + set.edition() + ", "
                + set.confidence().code() + ")");
        out.println("file: " + set.file());
        set.disqualifiers().forEach(d -> out.println("disqualifier: " + d));
        set.dataIssues().forEach(d -> out.println("source note: " + d));
        for (Part p : set.parts()) {
            out.println("Part " + p.code() + " (" + points(p.max()) + ")");
            for (CriterionGroup g : p.groups()) {
                out.println("  " + g.code() + ". " + g.label() + (g.labelEn().isEmpty() ? "" : " / " + g.labelEn())
                        + " (" + points(g.max()) + ")");
                for (Criterion c : g.criteria()) {
                    printCriterion(out, c, "    ");
                }
            }
        }
        set.stopRules().forEach(s -> out.println("stop rule " + s.rule() + " (" + s.effect() + "): " + s.text()));
    }

    private static void printCriterion(PrintStream out, Criterion c, String indent) {
        out.println(indent + c.code() + " " + c.label() + (c.labelEn().isEmpty() ? "" : " / " + c.labelEn()) + " ("
                + points(c.max()) + ", " + c.selection().code() + ")");
        for (Option o : c.options()) {
            out.println(indent + "   " + o.position() + ") " + points(o.points()) + "  " + shorten(o.label(), 90)
                    + markers(c, o.position()));
        }
        for (CaseDefinition k : c.cases()) {
            out.println(indent + "   case " + k.code() + ": " + k.label());
            for (Option o : k.options()) {
                out.println(
                        indent + "     " + o.position() + ") " + points(o.points()) + "  " + shorten(o.label(), 86));
            }
        }
        for (Criterion child : c.children()) {
            printCriterion(out, child, indent + "  ");
        }
    }

    private static String markers(Criterion c, int position) {
        String m = c.minimums().stream()
                .filter(x -> x.markedOption() == position)
                .map(Minimum::stars)
                .map(s -> s + "★")
                .collect(Collectors.joining(" "));
        return m.isEmpty() ? "" : "   [minimum for " + m + "]";
    }

    /** A text cut to at most {@code max} characters, the last one an ellipsis when it was cut. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
