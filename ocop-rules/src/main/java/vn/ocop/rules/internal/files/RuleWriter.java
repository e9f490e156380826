package vn.ocop.rules.internal.files;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.StarBand;
import vn.ocop.catalogue.StopRule;

/**
 * Writes the Drools rules of a criteria set, and of an edition's star bands, from their catalogue records.
 *
 * <p>This is the only place rule code is made from rule files, national or provincial. The code around the
 * values (patterns, consequences, imports, rule names) is fixed here; what comes from a file is a checked
 * value: a code of a known grammar, a position or star level, a plain decimal, a known finding or effect.
 * Each value is checked again as it is written ({@link #literal}), so that nothing but such a value can reach
 * the compiler even if a caller built the records by hand. Wording and notes are never written.
 *
 * <p>The rules, one per option, marker and stop rule:
 * <ul>
 *   <li>an option awards its points to the criterion's {@code Score} fact (the answer);</li>
 *   <li>a minimum marker checks the criterion's points on the {@code Tally} and records the failed star level;</li>
 *   <li>a stop rule inserts a {@code Stop} when its finding is given, or when its criterion scores 0;</li>
 *   <li>a band gives the {@code Stars} of the total on the {@code Rating}.</li>
 * </ul>
 * What is the same for every set (sums, marker policy, stop effect, dossier rejection) is in
 * {@code vn/ocop/rules/common/scoring.drl}.
 */
public final class RuleWriter {
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    /** What a rule name may hold: the set or edition code, criterion and case codes, numbers, spaces, # = ★. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 .#=★đ_-]{1,200}");

    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z_]{1,60}");

    private RuleWriter() {}

    /**
     * @param rulePackage the Drools package of the set's rules
     * @param set         the set
     * @return its rules in DRL
     */
    public static String set(String rulePackage, CriteriaSet set) {
        StringBuilder drl = header(
                rulePackage,
                set.id(),
                "vn.ocop.rules.internal.fact.Score",
                "vn.ocop.rules.internal.fact.Tally",
                "vn.ocop.rules.internal.fact.Finding");
        set.leaves().forEach(c -> writeCriterion(drl, c));
        for (Criterion c : set.criteria().values()) {
            for (Minimum m : c.minimums()) {
                rule(
                        drl,
                        m.rule(),
                        "$t : Tally( points(" + literal(c.code(), Cells.CRITERION_CODE) + ") < " + decimal(m.points())
                                + " )",
                        "$t.failMinimum(" + stars(m.stars()) + ", drools.getRule().getName());");
            }
        }
        for (StopRule s : set.stopRules()) {
            if (s.finding() != null) {
                rule(
                        drl,
                        s.rule(),
                        "$f : Finding( code == " + literal(s.finding(), WORD) + " )",
                        "insert($f.stop(drools.getRule().getName(), "
                                + literal(s.effect().name(), WORD) + "));");
            } else {
                rule(
                        drl,
                        s.rule(),
                        "$t : Tally( points(" + literal(s.criterion(), Cells.CRITERION_CODE) + ") == 0 )",
                        "insert($t.stop(drools.getRule().getName(), "
                                + literal(s.effect().name(), WORD) + "));");
            }
        }
        return drl.toString();
    }

    private static void writeCriterion(StringBuilder drl, Criterion c) {
        String code = literal(c.code(), Cells.CRITERION_CODE);
        for (Option o : c.options()) {
            rule(
                    drl,
                    o.rule(),
                    "$s : Score( criterion == " + code + ", option == " + position(o.position()) + " )",
                    "$s.award(\"" + decimal(o.points()) + "\", drools.getRule().getName());");
        }
        for (CaseDefinition k : c.cases()) {
            for (Option o : k.options()) {
                rule(
                        drl,
                        o.rule(),
                        "$s : Score( criterion == " + code + ", caseCode == " + literal(k.code(), Cells.CASE_CODE)
                                + ", option == " + position(o.position()) + " )",
                        "$s.award(\"" + decimal(o.points()) + "\", drools.getRule().getName());");
            }
        }
    }

    /**
     * @param rulePackage the Drools package of the bands
     * @param edition     the edition
     * @return its star-band rules in DRL
     */
    public static String bands(String rulePackage, Edition edition) {
        StringBuilder drl = header(rulePackage, edition.id(), "vn.ocop.rules.internal.fact.Rating");
        for (StarBand b : edition.bands()) {
            String upper = b.below() != null ? "total < " + decimal(b.below()) : "total <= " + decimal(b.upTo());
            rule(
                    drl,
                    b.rule(),
                    "$r : Rating( total >= " + decimal(b.from()) + ", " + upper + " )",
                    "insert($r.band(" + stars(b.stars()) + ", drools.getRule().getName()));");
        }
        return drl.toString();
    }

    private static StringBuilder header(String rulePackage, String source, String... imports) {
        if (!PACKAGE.matcher(rulePackage).matches()) {
            throw new IllegalArgumentException("not a rule package: " + rulePackage);
        }
        StringBuilder drl = new StringBuilder();
        drl.append("// Written by vn.ocop.rules.internal.files.RuleWriter from the rule file of ")
                .append(literal(source, NAME))
                .append("; do not edit.\n");
        drl.append("package ").append(rulePackage).append(";\n\n");
        for (String i : imports) {
            drl.append("import ").append(i).append(";\n");
        }
        return drl.append('\n');
    }

    private static void rule(StringBuilder drl, String name, String when, String then) {
        drl.append("rule ")
                .append(literal(name, NAME))
                .append('\n')
                .append("when\n    ")
                .append(when)
                .append('\n')
                .append("then\n    ")
                .append(then)
                .append('\n')
                .append("end\n\n");
    }

    /**
     * A checked value as a DRL string literal; the grammars admit no quote, backslash or line break. Characters
     * beyond ASCII (★, đ) are written as Unicode escapes, so that the rule text is ASCII and reads the same
     * whatever charset Drools decodes it with: Drools reads a rule resource in the JVM's default charset, and
     * under LANG=C a pack's "5★" became "5â€¦" and no longer named its marker.
     */
    static String literal(String value, Pattern grammar) {
        if (value == null || !grammar.matcher(value).matches()) {
            throw new IllegalArgumentException("refusing to write '" + value + "' into a rule: it is not a value of"
                    + " the grammar " + grammar.pattern());
        }
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    static String decimal(BigDecimal value) {
        String s = value.toPlainString();
        if (!Cells.DECIMAL.matcher(s).matches()) {
            throw new IllegalArgumentException("refusing to write " + s + " into a rule: not a plain decimal");
        }
        return s;
    }

    private static String position(int position) {
        if (position < 1 || position > 99) {
            throw new IllegalArgumentException("option position out of range: " + position);
        }
        return Integer.toString(position);
    }

    private static String stars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("star level out of range: " + stars);
        }
        return Integer.toString(stars);
    }
}
