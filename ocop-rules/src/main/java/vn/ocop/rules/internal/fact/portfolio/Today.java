package vn.ocop.rules.internal.fact.portfolio;

import java.time.LocalDate;
import vn.ocop.catalogue.Edition;

/**
 * The date a due list is for, with what the rules compare against: the end of the expiry window, the edition
 * in force and its re-evaluation filing window (days before expiry; 0 when it has none), and the grace after
 * expiry, which a rule of the due list sets.
 */
public final class Today {
    private final long day;
    private final long windowEnd;
    private final String edition;
    private final long editionFrom;
    private final int windowOpensDaysBefore;
    private final int windowClosesDaysBefore;
    private int graceDays;

    /**
     * @param asOf      the date
     * @param windowEnd the last day of the expiry window
     * @param inForce   the edition in force on that date, or {@code null} when the rules need none
     */
    public Today(LocalDate asOf, LocalDate windowEnd, Edition inForce) {
        this.day = asOf.toEpochDay();
        this.windowEnd = windowEnd.toEpochDay();
        this.edition = inForce == null ? "" : inForce.id();
        this.editionFrom =
                inForce == null ? Long.MIN_VALUE : inForce.effectiveFrom().toEpochDay();
        this.windowOpensDaysBefore = inForce == null || inForce.reEvaluation() == null
                ? 0
                : inForce.reEvaluation().earliestDaysBefore();
        this.windowClosesDaysBefore = inForce == null || inForce.reEvaluation() == null
                ? 0
                : inForce.reEvaluation().latestDaysBefore();
    }

    /** @return the date, as a day number */
    public long getDay() {
        return day;
    }

    /** @return the last day of the expiry window, as a day number */
    public long getWindowEnd() {
        return windowEnd;
    }

    /** @return the edition in force */
    public String getEdition() {
        return edition;
    }

    /** @return the day the edition in force came into force */
    public long getEditionFrom() {
        return editionFrom;
    }

    /** @return how many days before expiry the re-evaluation filing window opens (0: no window) */
    public int getWindowOpensDaysBefore() {
        return windowOpensDaysBefore;
    }

    /** @return how many days before expiry it closes */
    public int getWindowClosesDaysBefore() {
        return windowClosesDaysBefore;
    }

    /** @return the grace after expiry, in days (0 until the rule sets it) */
    public int getGraceDays() {
        return graceDays;
    }

    /** @param graceDays the grace after expiry, in days */
    public void setGraceDays(int graceDays) {
        this.graceDays = graceDays;
    }
}
