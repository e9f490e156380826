package vn.ocop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.StarBand;
import vn.ocop.pack.PackChange;
import vn.ocop.pack.PackChange.Kind;

/** What a pack's edition changes against the national one, item by item, with both values. */
public final class PackDiff {
    private PackDiff() {}

    /**
     * @param national the national edition
     * @param pack     the pack's edition of the same id
     * @param drlFiles the trusted DRL files of the pack
     * @return the changes, bands first, then set by set in official order
     */
    public static List<PackChange> between(Edition national, Edition pack, List<String> drlFiles) {
        List<PackChange> out = new ArrayList<>();
        if (!bands(national.bands()).equals(bands(pack.bands()))) {
            out.add(new PackChange(
                    Kind.BANDS_CHANGED,
                    null,
                    null,
                    "star bands " + bands(national.bands()) + " → " + bands(pack.bands())));
        }
        for (StarBand b : pack.bands()) {
            national.bands().stream()
                    .filter(n -> n.stars() == b.stars() && !n.wording().equals(b.wording()))
                    .findFirst()
                    .ifPresent(n -> out.add(new PackChange(
                            Kind.BANDS_CHANGED,
                            null,
                            null,
                            "wording of the " + b.stars() + "★ band: '" + n.wording() + "' → '" + b.wording() + "'")));
        }
        drlFiles.forEach(f -> out.add(new PackChange(Kind.DRL_ADDED, null, null, "trusted DRL rules from " + f)));
        for (CriteriaSet s : pack.sets()) {
            CriteriaSet old = national.sets().stream()
                    .filter(x -> x.id().equals(s.id()))
                    .findFirst()
                    .orElse(null);
            if (old == null) {
                out.add(new PackChange(
                        Kind.SET_ADDED,
                        s.id(),
                        null,
                        "new set " + s.number() + " '" + s.name() + "', "
                                + s.leaves().size() + " criteria, maximum "
                                + s.maxTotal().toPlainString()));
            } else if (old != s) {
                set(old, s, out);
            }
        }
        return out;
    }

    private static String bands(List<StarBand> bands) {
        List<String> out = new ArrayList<>();
        for (StarBand b : bands) {
            out.add(b.stars() + "★ [" + b.from().toPlainString() + ", "
                    + (b.below() != null
                            ? b.below().toPlainString() + ")"
                            : java.util.Objects.requireNonNull(b.upTo()).toPlainString() + "]"));
        }
        return String.join(" ", out);
    }

    private static void set(CriteriaSet a, CriteriaSet b, List<PackChange> out) {
        if (!a.name().equals(b.name()) || a.number() != b.number()) {
            out.add(new PackChange(
                    Kind.SET_CHANGED,
                    b.id(),
                    null,
                    a.number() + " '" + a.name() + "' → " + b.number() + " '" + b.name() + "'"));
        }
        for (Part p : b.parts()) {
            a.parts().stream().filter(x -> x.code() == p.code()).findFirst().ifPresent(q -> {
                if (q.max().compareTo(p.max()) != 0) {
                    out.add(new PackChange(
                            Kind.STRUCTURE_CHANGED,
                            b.id(),
                            null,
                            "part " + p.code() + " maximum " + q.max().toPlainString() + " → "
                                    + p.max().toPlainString()));
                }
            });
        }
        for (CriterionGroup g : b.groups()) {
            a.groups().stream()
                    .filter(x -> x.code().equals(g.code()))
                    .findFirst()
                    .ifPresent(q -> {
                        if (q.max().compareTo(g.max()) != 0 || !q.label().equals(g.label())) {
                            out.add(new PackChange(
                                    Kind.STRUCTURE_CHANGED,
                                    b.id(),
                                    null,
                                    "group " + g.code() + " '" + q.label() + "' maximum "
                                            + q.max().toPlainString() + " → '" + g.label() + "' "
                                            + g.max().toPlainString()));
                        }
                    });
        }
        Map<String, Criterion> ca = a.criteria();
        Map<String, Criterion> cb = b.criteria();
        for (Criterion c : cb.values()) {
            Criterion o = ca.get(c.code());
            if (o == null) {
                out.add(new PackChange(
                        Kind.CRITERION_ADDED,
                        b.id(),
                        c.code(),
                        "'" + c.label() + "', maximum " + c.max().toPlainString() + " (group " + c.group() + ")"));
                continue;
            }
            if (o.max().compareTo(c.max()) != 0
                    || o.selection() != c.selection()
                    || !o.label().equals(c.label())) {
                out.add(new PackChange(Kind.CRITERION_CHANGED, b.id(), c.code(), describe(o) + " → " + describe(c)));
            }
            options(b.id(), c.code(), "", o.options(), c.options(), out);
            for (CaseDefinition k : c.cases()) {
                List<Option> ko =
                        o.caseDefinition(k.code()).map(CaseDefinition::options).orElse(List.of());
                options(b.id(), c.code(), " case " + k.code(), ko, k.options(), out);
            }
            for (int stars = 1; stars <= 5; stars++) {
                Minimum mo = o.minimumFor(stars).orElse(null);
                Minimum mc = c.minimumFor(stars).orElse(null);
                if (!sameMinimum(mo, mc)) {
                    out.add(new PackChange(
                            Kind.MARKER_CHANGED,
                            b.id(),
                            c.code(),
                            stars + "★ minimum " + minimum(mo) + " → " + minimum(mc)));
                }
            }
        }
        for (Criterion o : ca.values()) {
            if (!cb.containsKey(o.code())) {
                out.add(new PackChange(
                        Kind.CRITERION_REMOVED,
                        b.id(),
                        o.code(),
                        "'" + o.label() + "', maximum " + o.max().toPlainString()));
            }
        }
        if (!stops(a).equals(stops(b))) {
            out.add(new PackChange(Kind.STOP_RULE_CHANGED, b.id(), null, stops(a) + " → " + stops(b)));
        }
    }

    private static String describe(Criterion c) {
        return "'" + c.label() + "' " + c.selection().code() + ", maximum "
                + c.max().toPlainString();
    }

    private static void options(
            String set, String code, String where, List<Option> a, List<Option> b, List<PackChange> out) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Option x = i < a.size() ? a.get(i) : null;
            Option y = i < b.size() ? b.get(i) : null;
            if (x == null
                    || y == null
                    || x.points().compareTo(y.points()) != 0
                    || !x.label().equals(y.label())) {
                out.add(new PackChange(
                        Kind.OPTION_CHANGED,
                        set,
                        code,
                        "option " + (i + 1) + where + ": " + option(x) + " → " + option(y)));
            }
        }
    }

    private static String option(@Nullable Option o) {
        return o == null ? "(none)" : o.points().toPlainString() + " points '" + o.label() + "'";
    }

    private static boolean sameMinimum(@Nullable Minimum a, @Nullable Minimum b) {
        return a == null
                ? b == null
                : b != null && a.points().compareTo(b.points()) == 0 && a.markedOption() == b.markedOption();
    }

    private static String minimum(@Nullable Minimum m) {
        return m == null ? "(none)" : "≥ " + m.points().toPlainString() + " (option " + m.markedOption() + ")";
    }

    private static List<String> stops(CriteriaSet s) {
        return s.stopRules().stream()
                .map(r -> Objects.toString(r.finding(), "zero") + "/" + r.criterion() + "/" + r.effect())
                .sorted()
                .toList();
    }
}
