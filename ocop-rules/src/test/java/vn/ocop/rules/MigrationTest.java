package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidSheetException;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.Correspondence;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Option;
import vn.ocop.result.Award;
import vn.ocop.result.ScoreResult;
import vn.ocop.rules.internal.ClasspathRules;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Migration;
import vn.ocop.sheet.Sheet;
import vn.ocop.testkit.OcopArbitraries;

/**
 * Carrying 148/2023 sheets to 26/2026: the rule file {@code qd26/carried.csv} checked over every set against the
 * catalogue, a sheet of set 1 migrated by hand, and (jqwik) carried answers keeping their points.
 */
class MigrationTest {
    static final Scorer SCORER = Ocop.scorer();
    static final List<Correspondence> ROWS = ClasspathRules.correspondences(MigrationTest.class.getClassLoader());

    static CriteriaSet set(String id) {
        return SCORER.catalogue().set(id).orElseThrow(() -> new AssertionError("no set " + id));
    }

    static Map<String, Criterion> leaves(CriteriaSet set) {
        Map<String, Criterion> out = new HashMap<>();
        set.leaves().forEach(c -> out.put(c.code(), c));
        return out;
    }

    /** The test's own reading of "the same options": kind, maximum, cases, and each option's text and points. */
    static String choice(Criterion c) {
        StringBuilder b = new StringBuilder(
                c.selection() + " " + c.max().stripTrailingZeros().toPlainString());
        c.cases().forEach(k -> {
            b.append(" case ").append(k.code());
            k.options().forEach(o -> b.append(" | ").append(option(o)));
        });
        c.options().forEach(o -> b.append(" | ").append(option(o)));
        return b.toString();
    }

    static String option(Option o) {
        String label = Normalizer.normalize(o.label(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
        return label + " = " + o.points().stripTrailingZeros().toPlainString();
    }

    /**
     * Writes {@code qd26/carried.csv} afresh from the catalogue ({@code -Dcarried.update=true}, like the golden
     * files): in each set number, a 148 criterion is paired with the 26/2026 criterion of the same part and group
     * whose label shares the most words with it (criterion and, for a sub-criterion, its parent's label; at
     * least half of the words, Dice), preferring pairs with the same options; in another group of the part only
     * when label and options are the same (a renumbered group). A pair is SAME when {@link #choice} agrees. The pairing is a proposal for a reviewer: the file is data, and the test below checks whatever it
     * says against the catalogue.
     */
    static void writeTheCarriedFile() throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Bộ cũ / From set,Tiêu chí cũ / From criterion,Bộ mới / To set,Tiêu chí mới / To criterion,"
                + "Quan hệ / Relation");
        for (int n = 1; n <= 26; n++) {
            CriteriaSet from = set(String.format("QD148-%02d", n));
            CriteriaSet to = set(String.format("QD26-%02d", n));
            record Pair(double score, Criterion a, Criterion b, boolean same) {}
            List<Pair> pairs = new ArrayList<>();
            for (Criterion a : from.leaves()) {
                for (Criterion b : to.leaves()) {
                    if (!part(from, a).equals(part(to, b))) {
                        continue;
                    }
                    double sim = dice(label(from, a), label(to, b));
                    boolean same = choice(a).equals(choice(b));
                    boolean group = a.group().equals(b.group());
                    // another group only for the very same criterion (a group renumbered)
                    if (sim >= 0.5 && (group || (same && sim == 1.0))) {
                        pairs.add(new Pair(sim + (same ? 0.5 : 0) + (group ? 0.25 : 0), a, b, same));
                    }
                }
            }
            pairs.sort(java.util.Comparator.comparingDouble(Pair::score).reversed());
            Set<String> usedA = new HashSet<>();
            Set<String> usedB = new HashSet<>();
            Map<String, String> row = new java.util.TreeMap<>();
            List<String> order = to.leaves().stream().map(Criterion::code).toList();
            for (Pair p : pairs) {
                if (usedA.contains(p.a().code()) || usedB.contains(p.b().code())) {
                    continue;
                }
                usedA.add(p.a().code());
                usedB.add(p.b().code());
                row.put(
                        String.format("%04d", order.indexOf(p.b().code())),
                        String.join(
                                ",", from.id(), p.a().code(), to.id(), p.b().code(), p.same() ? "SAME" : "CHANGED"));
            }
            lines.addAll(row.values());
        }
        java.nio.file.Path file = java.nio.file.Path.of("src/main/resources/vn/ocop/rules/qd26/carried.csv");
        java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n", java.nio.charset.StandardCharsets.UTF_8);
    }

    static String part(CriteriaSet set, Criterion c) {
        return set.parts().stream()
                .filter(p -> p.groups().stream().anyMatch(g -> g.code().equals(c.group())))
                .map(p -> p.code().name())
                .findFirst()
                .orElse("");
    }

    static String label(CriteriaSet set, Criterion c) {
        String parent = c.parent() == null
                ? ""
                : set.criterion(c.parent()).map(Criterion::label).orElse("") + " ";
        return parent + c.label();
    }

    /** Dice's coefficient of two labels' words (lower case, NFC, punctuation dropped). */
    static double dice(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Normalizer.normalize(s, Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void theCarriedFileAgreesWithTheCatalogueInEverySet() throws java.io.IOException {
        if (Boolean.getBoolean("carried.update")) {
            writeTheCarriedFile(); // the rows read are the old file's: run again to check the new one
        }
        assertFalse(ROWS.isEmpty());
        int same = 0;
        for (int n = 1; n <= 26; n++) {
            String from = String.format("QD148-%02d", n);
            String to = String.format("QD26-%02d", n);
            Map<String, Criterion> old = leaves(set(from));
            Map<String, Criterion> now = leaves(set(to));
            Set<String> fromSeen = new HashSet<>();
            Set<String> toSeen = new HashSet<>();
            int rows = 0;
            for (Correspondence c : ROWS) {
                if (!c.fromSet().equals(from)) {
                    continue;
                }
                rows++;
                String row = c.toString();
                assertEquals(to, c.toSet(), row);
                assertTrue(old.containsKey(c.fromCriterion()), "no leaf criterion " + row);
                assertTrue(now.containsKey(c.toCriterion()), "no leaf criterion " + row);
                assertTrue(fromSeen.add(c.fromCriterion()), "mapped twice: " + row);
                assertTrue(toSeen.add(c.toCriterion()), "mapped to twice: " + row);
                boolean identical = choice(old.get(c.fromCriterion())).equals(choice(now.get(c.toCriterion())));
                assertEquals(
                        identical, c.sameOptions(), "SAME must mean the same options, and CHANGED other ones: " + row);
                same += identical ? 1 : 0;
            }
            assertTrue(rows > 0, "set " + from + " has no row");
            // nothing carriable is left out: no unmapped pair with the same label and options
            for (Criterion o : old.values()) {
                for (Criterion c : now.values()) {
                    if (!fromSeen.contains(o.code()) && !toSeen.contains(c.code())) {
                        assertFalse(
                                choice(o).equals(choice(c)) && o.label().equals(c.label()),
                                from + " " + o.code() + " and " + to + " " + c.code() + " are the same and not mapped");
                    }
                }
            }
        }
        assertTrue(same > 100, "most sets carry some answers: " + same);
    }

    /**
     * QD148-01 (fresh fruit and vegetables) to QD26-01, read off the decisions' tables: 2.b "Đóng gói, bao bì"
     * has the same four options (0/1/2/3 points) in both and becomes 2.2, but 148 marks its top option for 5★
     * and 26/2026 its third for 3★; 1.đ "Bảo vệ môi trường" (1/2/3, 4★ at 1) becomes 1.6, markers unchanged;
     * 1.a "Nguồn gốc sản phẩm" gave 1/3/5 points and 26/2026's 1.1 gives 1/2/3: afresh; 1.2 "Vùng nguyên liệu
     * được cấp chứng nhận chất lượng" is new; 148's 3.đ "Kế toán" has no counterpart.
     */
    @Test
    void aSheetOfSetOneMigratedByHand() {
        Sheet old = OcopArbitraries.sheets(set("QD148-01")).sample().toBuilder()
                .id("BT-001")
                .answer("2.b", 4)
                .answer("1.đ", 2)
                .build();
        Migration m = SCORER.migrate(old, "QD-26-2026");
        assertEquals("QD148-01", m.from());
        assertEquals("QD26-01", m.to());
        Map<String, Migration.Carried> carried = new HashMap<>();
        m.carried().forEach(c -> carried.put(c.from(), c));
        assertEquals(new Migration.Carried("2.b", "2.2", Answer.option(4), true), carried.get("2.b"));
        assertEquals(new Migration.Carried("1.đ", "1.6", Answer.option(2), false), carried.get("1.đ"));
        assertTrue(
                m.fresh().contains(new Migration.Fresh("1.1", Migration.Reason.CHANGED_OPTIONS, "1.a")),
                m.fresh().toString());
        assertTrue(
                m.fresh().contains(new Migration.Fresh("1.2", Migration.Reason.NEW_CRITERION, null)),
                m.fresh().toString());
        assertTrue(m.dropped().contains("3.đ"), m.dropped().toString());
        Sheet sheet = m.sheet();
        assertEquals("QD26-01", sheet.criteriaSet());
        assertEquals("QD-26-2026", sheet.edition());
        assertEquals("BT-001", sheet.id());
        assertTrue(sheet.reEvaluation());
        assertEquals(Answer.option(4), sheet.answers().get("2.2"));
        assertNull(sheet.answers().get("1.1"), "a changed criterion is not carried");
        assertEquals(m.carried().size(), sheet.answers().size());
        // every criterion of the new set is carried or listed afresh, once
        Set<String> all = new TreeSet<>();
        m.carried().forEach(c -> assertTrue(all.add(c.to())));
        m.fresh().forEach(f -> assertTrue(all.add(f.criterion())));
        assertEquals(new TreeSet<>(leaves(set("QD26-01")).keySet()), all);
        // the migrated sheet cannot be scored before the fresh criteria are assessed
        InvalidSheetException e = assertThrows(InvalidSheetException.class, () -> SCORER.score(sheet));
        assertTrue(e.problems().stream()
                .anyMatch(p -> p.code() == SheetProblem.Code.MISSING_ANSWER && "1.2".equals(p.criterion())));
    }

    @Test
    void whatCannotBeMigratedIsSaid() {
        Sheet old = OcopArbitraries.sheets(set("QD148-01")).sample();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SCORER.migrate(old, "QD-27-2030"))
                .getMessage()
                .startsWith("unknown edition 'QD-27-2030' (known: "));
        Sheet now = OcopArbitraries.sheets(set("QD26-01")).sample();
        assertEquals(
                "criteria set QD26-01 is already a set of QD-26-2026: nothing to migrate",
                assertThrows(IllegalArgumentException.class, () -> SCORER.migrate(now, "QD-26-2026"))
                        .getMessage());
        Sheet older = OcopArbitraries.sheets(set("QD1048-01")).sample();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SCORER.migrate(older, "QD-26-2026"))
                .getMessage()
                .startsWith("the rule files carry no answers of criteria set QD1048-01 to edition QD-26-2026"));
        Sheet invalid = Sheet.builder("QD148-01").answer("1.a", 9).build();
        assertThrows(InvalidSheetException.class, () -> SCORER.migrate(invalid, "QD-26-2026"));
    }

    @Provide
    Arbitrary<List<Sheet>> pairs() {
        return Arbitraries.integers().between(1, 26).flatMap(n -> {
            Arbitrary<Sheet> old = OcopArbitraries.sheets(set(String.format("QD148-%02d", n)));
            Arbitrary<Sheet> now = OcopArbitraries.sheets(set(String.format("QD26-%02d", n)));
            return net.jqwik.api.Combinators.combine(old, now).as(List::of);
        });
    }

    /**
     * A 148 sheet migrated, its fresh criteria answered (from a generated 26/2026 sheet of the same set), and both
     * scored: every carried criterion gets the same points in both editions.
     */
    @Property(tries = 60)
    void carriedCriteriaKeepTheirPoints(@ForAll("pairs") List<Sheet> pair) {
        Sheet old = pair.get(0);
        Migration m = SCORER.migrate(old, "QD-26-2026");
        Sheet.Builder filled = m.sheet().toBuilder();
        for (Migration.Fresh f : m.fresh()) {
            filled.answer(f.criterion(), pair.get(1).answers().get(f.criterion()));
        }
        ScoreResult before = SCORER.score(old);
        ScoreResult after = SCORER.score(filled.build());
        Map<String, BigDecimal> was = new HashMap<>();
        before.awards().forEach(a -> was.put(a.criterion(), a.points()));
        Map<String, Award> now = new HashMap<>();
        after.awards().forEach(a -> now.put(a.criterion(), a));
        List<String> differ = new ArrayList<>();
        for (Migration.Carried c : m.carried()) {
            if (was.get(c.from()).compareTo(now.get(c.to()).points()) != 0) {
                differ.add(c.from() + " → " + c.to() + ": " + was.get(c.from()) + " then "
                        + now.get(c.to()).points());
            }
        }
        assertEquals(List.of(), differ, m.from());
    }
}
