package vn.ocop.rules.internal.fact;

/** Inserted (logically) by a stop rule. */
public final class Stop {
    private final String rule;
    private final String effect;

    /**
     * @param rule   the rule's name
     * @param effect NOT_ASSESSED or ELIMINATED
     */
    public Stop(String rule, String effect) {
        this.rule = rule;
        this.effect = effect;
    }

    /** @return the rule's name */
    public String getRule() {
        return rule;
    }

    /** @return NOT_ASSESSED or ELIMINATED */
    public String getEffect() {
        return effect;
    }
}
