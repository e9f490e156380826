package vn.ocop.rules.internal.fact.portfolio;

import vn.ocop.spi.Holding;

/**
 * One recognition of a portfolio's product, as the due rules match it: dates as day numbers (days since
 * 1970-01-01), so that a rule reads as arithmetic ({@code expires - 180 <= today}). {@code latest} starts true
 * and the rule "Only the latest recognition of a product counts" clears it on the older ones.
 */
public final class Held {
    private final Holding holding;
    private final int position;
    private final long editionFrom;
    private boolean latest = true;

    /**
     * @param holding     the recognition
     * @param position    its position in the portfolio, which breaks a tie {@link #getRank} leaves
     * @param editionFrom the day its edition came into force
     */
    public Held(Holding holding, int position, java.time.LocalDate editionFrom) {
        this.holding = holding;
        this.position = position;
        this.editionFrom = editionFrom.toEpochDay();
    }

    /**
     * @return the order of recognitions of one product: by date, then (on one day) by expiry, then by stars;
     *         a higher rank is a later recognition
     */
    public long getRank() {
        return getRecognised() * 10_000_000L + getExpires() * 10L + holding.stars();
    }

    /** @return the day its edition came into force */
    public long getEditionFrom() {
        return editionFrom;
    }

    /** @return the recognition */
    public Holding holding() {
        return holding;
    }

    /** @return the product's id */
    public String getProduct() {
        return holding.product();
    }

    /** @return the stars recognised */
    public int getStars() {
        return holding.stars();
    }

    /** @return the edition it was recognised under */
    public String getEdition() {
        return holding.edition();
    }

    /** @return the recognition date, as a day number */
    public long getRecognised() {
        return holding.recognised().toEpochDay();
    }

    /** @return the certificate's expiry, as a day number */
    public long getExpires() {
        return holding.expires().toEpochDay();
    }

    /** @return its position in the portfolio */
    public int getPosition() {
        return position;
    }

    /** @return whether it is the product's latest recognition (as far as the rules have found) */
    public boolean isLatest() {
        return latest;
    }

    /** @param latest whether it is the product's latest recognition */
    public void setLatest(boolean latest) {
        this.latest = latest;
    }
}
