package vn.ocop.rules.internal.fact;

/** A finding reported on the sheet. */
public final class Finding {
    private final Evaluation evaluation;
    private final String code;
    private final boolean dossier;

    /**
     * @param evaluation the evaluation the finding belongs to
     * @param code       the finding's code, for example FOREIGN_MATTER
     * @param dossier    whether it rejects the dossier before scoring
     */
    public Finding(Evaluation evaluation, String code, boolean dossier) {
        this.evaluation = evaluation;
        this.code = code;
        this.dossier = dossier;
    }

    /** @return the finding's code */
    public String getCode() {
        return code;
    }

    /** @return whether it rejects the dossier */
    public boolean isDossier() {
        return dossier;
    }

    /**
     * Called by a stop rule of the set's table.
     *
     * @param rule   the rule's name
     * @param effect NOT_ASSESSED or ELIMINATED
     * @return the fact to insert
     */
    public Stop stop(String rule, String effect) {
        return evaluation.stop(rule, effect);
    }
}
