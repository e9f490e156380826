package vn.ocop.rules.internal.fact;

import java.math.BigDecimal;
import org.kie.api.definition.type.Modifies;

/**
 * One leaf criterion of the sheet being scored: the answer (criterion, case, option) and, once a rule
 * of the {@code options} table has fired, the points and the rule that awarded them.
 */
public final class Score {
    private final Evaluation evaluation;
    private final String criterion;
    private final String caseCode;
    private final int option;
    private final String part;
    private final String group;
    private BigDecimal points = BigDecimal.ZERO;
    private BigDecimal counted = BigDecimal.ZERO;
    private String rule;

    /**
     * @param evaluation the evaluation the criterion belongs to
     * @param criterion  leaf criterion code
     * @param caseCode   the chosen case of a case criterion, else the empty string
     * @param option     1-based option position, 0 when none applies
     * @param part       part code
     * @param group      group code
     */
    public Score(Evaluation evaluation, String criterion, String caseCode, int option, String part, String group) {
        this.evaluation = evaluation;
        this.criterion = criterion;
        this.caseCode = caseCode;
        this.option = option;
        this.part = part;
        this.group = group;
    }

    /**
     * A council's score of one criterion, given directly (no option rule fires for it).
     *
     * @param evaluation the evaluation
     * @param criterion  leaf criterion code
     * @param part       part code
     * @param group      group code
     * @param counted    the value the sums add (the members' mean)
     * @param checked    the value the marker and stop rules check
     * @return the score
     */
    public static Score given(Evaluation evaluation, String criterion, String part, String group, BigDecimal counted,
                              BigDecimal checked) {
        Score s = new Score(evaluation, criterion, "", -1, part, group);
        s.counted = counted;
        s.points = checked;
        return s;
    }

    /**
     * Called by an option rule.
     *
     * @param points the option's points, as written in the rule file
     * @param rule   the rule's name
     */
    @Modifies({"points", "counted", "rule"})
    public void award(String points, String rule) {
        this.points = new BigDecimal(points);
        this.counted = this.points;
        this.rule = rule;
    }

    /**
     * Called by a minimum-marker rule.
     *
     * @param stars the star level whose minimum failed
     * @param rule  the rule's name
     * @return the fact to insert
     */
    public FailedMinimum failMinimum(int stars, String rule) {
        return new FailedMinimum(criterion, stars, points, rule);
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
        return part;
    }

    /** @return the group code */
    public String getGroup() {
        return group;
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
