package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;

/**
 * One leaf criterion of the sheet being scored: the answer (criterion, case, option) and, once a rule
 * of the {@code options} table has fired, the points and the rule that awarded them.
 *
 * <p>The option rules match the answer, which never changes, so awarding is a plain call and not a
 * {@code modify}: nothing else in the rule base watches a score. The rules that check points (minimum
 * markers, zero-point stops) match the {@link Tally} that the common rules insert once every option rule
 * has fired.
 */
public final class Score {
    private final Evaluation evaluation;
    private final String criterion;
    private final String caseCode;
    private final int option;
    private final Subtotal part;
    private final Subtotal group;
    private BigDecimal points = BigDecimal.ZERO;
    private BigDecimal counted = BigDecimal.ZERO;
    private String rule;

    /**
     * @param evaluation the evaluation the criterion belongs to
     * @param criterion  leaf criterion code
     * @param caseCode   the chosen case of a case criterion, else the empty string
     * @param option     1-based option position, 0 when none applies
     * @param part       the part's subtotal
     * @param group      the group's subtotal
     */
    public Score(Evaluation evaluation, String criterion, String caseCode, int option, Subtotal part, Subtotal group) {
        this.evaluation = evaluation;
        this.criterion = criterion;
        this.caseCode = caseCode;
        this.option = option;
        this.part = part;
        this.group = group;
        evaluation.known(criterion);
    }

    /**
     * A council's score of one criterion, given directly (no option rule fires for it).
     *
     * @param evaluation the evaluation
     * @param criterion  leaf criterion code
     * @param part       the part's subtotal
     * @param group      the group's subtotal
     * @param counted    the value the sums add (the sum of the members' points)
     * @param checked    the value the marker and stop rules check
     * @return the score
     */
    public static Score given(
            Evaluation evaluation,
            String criterion,
            Subtotal part,
            Subtotal group,
            BigDecimal counted,
            BigDecimal checked) {
        Score s = new Score(evaluation, criterion, "", -1, part, group);
        s.record(checked, counted);
        return s;
    }

    /**
     * Called by an option rule.
     *
     * @param points the option's points, as written in the rule file
     * @param rule   the rule's name
     */
    public void award(String points, String rule) {
        if (this.rule != null) {
            throw new IllegalStateException(
                    "criterion " + criterion + " was awarded by two rules: " + this.rule + " and " + rule);
        }
        this.rule = rule;
        BigDecimal p = Points.parse(points);
        record(p, p);
    }

    private void record(BigDecimal checked, BigDecimal counted) {
        this.points = checked;
        this.counted = counted;
        part.add(counted);
        group.add(counted);
        evaluation.record(criterion, checked, counted);
    }

    /** @return the evaluation */
    public Evaluation getEvaluation() {
        return evaluation;
    }

    /** @return the leaf criterion code */
    public String getCriterion() {
        return criterion;
    }

    /** @return the chosen case, or the empty string */
    public String getCaseCode() {
        return caseCode;
    }

    /** @return the option position, 0 when none applies, -1 for a given score */
    public int getOption() {
        return option;
    }

    /** @return the part code */
    public String getPart() {
        return part.getCode();
    }

    /** @return the group code */
    public String getGroup() {
        return group.getCode();
    }

    /** @return the points awarded so far */
    public BigDecimal getPoints() {
        return points;
    }

    /** @return the value the group, part and total sums add */
    public BigDecimal getCounted() {
        return counted;
    }

    /** @return the rule that awarded the points, or {@code null} */
    public String getRule() {
        return rule;
    }
}
