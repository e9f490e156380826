package vn.ocop.rules.internal.fact.portfolio;

import org.jspecify.annotations.Nullable;
import vn.ocop.spi.Contribution;

/** What a plan rule inserts: a recognition that counts towards a target. */
public final class Counted {
    private final Contribution contribution;

    /**
     * @param target the target
     * @param held   the recognition
     */
    public Counted(Target target, Held held) {
        this(target, held, null);
    }

    /**
     * @param target  the target
     * @param held    the recognition
     * @param commune for EACH_COMMUNE, the commune of the target's list (as a key) the product is in
     */
    public Counted(Target target, Held held, @Nullable String commune) {
        this.contribution = new Contribution(
                target.getPosition(), held.getPosition(), commune == null ? null : target.named(commune));
    }

    /** @return what counted */
    public Contribution contribution() {
        return contribution;
    }
}
