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
    private boolean latest = true;

    /**
     * @param holding  the recognition
     * @param position its position in the portfolio, which breaks a tie between recognitions of one day
     */
    public Held(Holding holding, int position) {
        this.holding = holding;
        this.position = position;
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
