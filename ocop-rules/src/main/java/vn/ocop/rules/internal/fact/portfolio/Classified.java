package vn.ocop.rules.internal.fact.portfolio;

import vn.ocop.spi.Classification;

/** What a statistics rule inserts: one product's latest recognition, classified. */
public final class Classified {
    private final Classification classification;

    /**
     * @param held the product's latest recognition
     * @param kind the class's name ({@link Classification.Kind})
     */
    public Classified(Held held, String kind) {
        this.classification = new Classification(held.getPosition(), Classification.Kind.valueOf(kind));
    }

    /** @return the classification */
    public Classification classification() {
        return classification;
    }
}
