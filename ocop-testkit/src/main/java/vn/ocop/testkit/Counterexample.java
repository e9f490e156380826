package vn.ocop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.json.OcopJson;
import vn.ocop.sheet.Sheet;

/**
 * Failure messages a tester can act on: the sheet as JSON in the public contract (ready to paste into a
 * regression test or to score with {@code ocop.jar score}), then the expected and actual values side by side.
 */
public final class Counterexample {
    private Counterexample() {}

    /** One compared value. @param name what @param expected the expected value @param actual the actual value */
    public record Row(String name, Object expected, Object actual) {
        /** @return whether the two agree (numbers compared by value) */
        public boolean agrees() {
            if (expected instanceof java.math.BigDecimal a && actual instanceof java.math.BigDecimal b) {
                return a.compareTo(b) == 0;
            }
            return Objects.equals(expected, actual);
        }
    }

    /**
     * Fails unless every row agrees.
     *
     * @param property what was checked
     * @param rules    the rule set
     * @param sheets   the sheet(s) concerned
     * @param rows     the values compared
     * @throws AssertionError naming the property, the sheets as JSON and the rows that disagree
     */
    public static void check(String property, RuleSet rules, List<Sheet> sheets, Row... rows) {
        List<Row> wrong = new ArrayList<>();
        for (Row r : rows) {
            if (!r.agrees()) {
                wrong.add(r);
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(message(property, rules, sheets, wrong));
        }
    }

    /**
     * Fails when {@code ok} is false.
     *
     * @param ok       the outcome
     * @param property what was checked
     * @param rules    the rule set
     * @param sheets   the sheet(s) concerned
     * @param rows     values worth showing
     */
    public static void require(boolean ok, String property, RuleSet rules, List<Sheet> sheets, Row... rows) {
        if (!ok) {
            throw new AssertionError(message(property, rules, sheets, List.of(rows)));
        }
    }

    static String message(String property, RuleSet rules, List<Sheet> sheets, List<Row> rows) {
        StringBuilder m = new StringBuilder();
        m.append(property).append("\n  rule set: ").append(rules);
        for (Sheet s : sheets) {
            m.append("\n  sheet (JSON, paste into a regression test):\n    ").append(OcopJson.write(s));
        }
        int width =
                Math.max(8, rows.stream().mapToInt(r -> r.name().length()).max().orElse(8));
        int left = Math.max(
                8,
                rows.stream()
                        .mapToInt(r -> String.valueOf(r.expected()).length())
                        .max()
                        .orElse(8));
        if (!rows.isEmpty()) {
            m.append(String.format("%n  %-" + width + "s  %-" + left + "s  %s", "", "expected", "actual"));
            for (Row r : rows) {
                m.append(
                        String.format("%n  %-" + width + "s  %-" + left + "s  %s", r.name(), r.expected(), r.actual()));
            }
        }
        return m.toString();
    }
}
