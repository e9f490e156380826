package vn.ocop.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.Correspondence;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Migration;
import vn.ocop.sheet.Sheet;

/**
 * Carries a checked sheet to a later edition by the correspondences of the rule files: an answer carries when
 * the rule files say its criterion's options are the same, and the catalogue the scorer runs on agrees (a pack
 * may have changed either set since).
 */
final class Migrating {
    private Migrating() {}

    static Migration migrate(Sheet sheet, CriteriaSet from, Edition to, List<Correspondence> correspondences) {
        List<Correspondence> rows = new ArrayList<>();
        Set<String> toSets = new HashSet<>();
        for (Correspondence c : correspondences) {
            if (c.fromSet().equals(from.id()) && to.set(c.toSet()).isPresent()) {
                rows.add(c);
                toSets.add(c.toSet());
            }
        }
        if (toSets.size() != 1) {
            throw new IllegalArgumentException(
                    toSets.isEmpty()
                            ? "the rule files carry no answers of criteria set " + from.id() + " to edition " + to.id()
                                    + (correspondences.isEmpty()
                                            ? ""
                                            : " (they carry "
                                                    + correspondences.stream()
                                                            .map(c ->
                                                                    c.fromSet().replaceAll("-\\d+$", ""))
                                                            .distinct()
                                                            .sorted()
                                                            .reduce((a, b) -> a + ", " + b)
                                                            .orElse("")
                                                    + " sets)")
                            : "the rule files carry criteria set " + from.id() + " to several sets of " + to.id() + ": "
                                    + toSets);
        }
        CriteriaSet target = to.set(toSets.iterator().next()).orElseThrow();
        Map<String, Correspondence> byTarget = new HashMap<>();
        Set<String> mapped = new HashSet<>();
        for (Correspondence c : rows) {
            byTarget.put(c.toCriterion(), c);
            mapped.add(c.fromCriterion());
        }
        Sheet.Builder out =
                Sheet.builder(target.id()).id(sheet.id()).edition(to.id()).reEvaluation(true);
        sheet.product().forEach(out::product);
        List<Migration.Carried> carried = new ArrayList<>();
        List<Migration.Fresh> fresh = new ArrayList<>();
        for (Criterion leaf : target.leaves()) {
            Correspondence c = byTarget.get(leaf.code());
            if (c == null) {
                fresh.add(new Migration.Fresh(leaf.code(), Migration.Reason.NEW_CRITERION, null));
                continue;
            }
            Criterion old = from.criterion(c.fromCriterion()).orElse(null);
            Answer answer = sheet.answers().get(c.fromCriterion());
            if (c.sameOptions() && old != null && answer != null && sameOptions(old, leaf)) {
                out.answer(leaf.code(), answer);
                carried.add(new Migration.Carried(
                        c.fromCriterion(), leaf.code(), answer, !markers(old).equals(markers(leaf))));
            } else {
                fresh.add(new Migration.Fresh(leaf.code(), Migration.Reason.CHANGED_OPTIONS, c.fromCriterion()));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (Criterion leaf : from.leaves()) {
            if (!mapped.contains(leaf.code())) {
                dropped.add(leaf.code());
            }
        }
        return new Migration(from.id(), target.id(), out.build(), carried, fresh, dropped);
    }

    /** Whether two criteria offer the same choice: kind, cases, option labels (as text) and points. */
    static boolean sameOptions(Criterion a, Criterion b) {
        if (a.selection() != b.selection()
                || a.max().compareTo(b.max()) != 0
                || a.cases().size() != b.cases().size()) {
            return false;
        }
        for (int i = 0; i < a.cases().size(); i++) {
            CaseDefinition x = a.cases().get(i);
            CaseDefinition y = b.cases().get(i);
            if (!x.code().equals(y.code()) || !sameOptions(x.options(), y.options())) {
                return false;
            }
        }
        return sameOptions(a.options(), b.options());
    }

    private static boolean sameOptions(List<Option> a, List<Option> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).points().compareTo(b.get(i).points()) != 0
                    || !text(a.get(i).label()).equals(text(b.get(i).label()))) {
                return false;
            }
        }
        return true;
    }

    /** A label as compared: NFC, spaces collapsed, trimmed, lower case. */
    static String text(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> markers(Criterion c) {
        List<String> out = new ArrayList<>();
        for (Minimum m : c.minimums()) {
            out.add(m.stars() + ":" + m.points().stripTrailingZeros().toPlainString() + ":" + m.markedOption());
        }
        return out;
    }
}
