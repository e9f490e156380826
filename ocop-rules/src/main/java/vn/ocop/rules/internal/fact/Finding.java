package vn.ocop.rules.internal.fact;

/** A finding reported on the sheet. */
public final class Finding {
    private final String code;
    private final boolean dossier;

    /**
     * @param code    the finding's code, for example FOREIGN_MATTER
     * @param dossier whether it rejects the dossier before scoring
     */
    public Finding(String code, boolean dossier) {
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
}
