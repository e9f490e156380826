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
    private final String province;
    private final String district;
    private final String commune;
    private boolean latest = true;
    private int before;

    /**
     * @param holding     the recognition
     * @param position    its position in the portfolio, which breaks a tie {@link #getRank} leaves
     * @param editionFrom the day its edition came into force
     * @param locality    where its product is made
     */
    public Held(Holding holding, int position, java.time.LocalDate editionFrom, vn.ocop.portfolio.Locality locality) {
        this.holding = holding;
        this.position = position;
        this.editionFrom = editionFrom.toEpochDay();
        this.province = vn.ocop.portfolio.Locality.key(locality.province());
        this.district = vn.ocop.portfolio.Locality.key(locality.district());
        this.commune = vn.ocop.portfolio.Locality.key(locality.commune());
    }

    /**
     * @param later another recognition
     * @return whether this one comes before {@code later} among the recognitions of one product: by rank, then
     *         by position in the portfolio (never true of itself)
     */
    public boolean precedes(Held later) {
        long r = getRank();
        long o = later.getRank();
        return r < o || (r == o && position < later.position);
    }

    /** @return the year of the recognition decision */
    public int getYear() {
        return holding.recognised().getYear();
    }

    /** @return the stars of the product's recognition just before this one, 0 when this is its first */
    public int getBefore() {
        return before;
    }

    /** @param before the stars of the product's recognition just before this one */
    public void setBefore(int before) {
        this.before = before;
    }

    /** @return the product's province, compared as {@link vn.ocop.portfolio.Locality#key} gives it ("" when not given) */
    public String getProvince() {
        return province;
    }

    /** @return the product's district, as {@link vn.ocop.portfolio.Locality#key} gives it */
    public String getDistrict() {
        return district;
    }

    /** @return the product's commune, as {@link vn.ocop.portfolio.Locality#key} gives it */
    public String getCommune() {
        return commune;
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
