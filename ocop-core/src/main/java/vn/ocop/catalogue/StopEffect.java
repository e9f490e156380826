package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a stop rule does to a product, as the official note says; either way it receives no stars. */
@API(status = STABLE, since = "0.1.0")
public enum StopEffect {
    /** "Không đánh giá …": the product is not assessed further. */
    NOT_ASSESSED,
    /** "… bị loại": the product is eliminated. */
    ELIMINATED;

    /**
     * @param word the effect as written in a rule file ({@code NOT_ASSESSED} or {@code ELIMINATED})
     * @return the effect it names
     * @throws IllegalArgumentException when the word names no effect
     */
    public static StopEffect fromCode(String word) {
        for (StopEffect e : values()) {
            if (e.name().equals(word)) {
                return e;
            }
        }
        throw new IllegalArgumentException("effect must be NOT_ASSESSED or ELIMINATED");
    }
}
