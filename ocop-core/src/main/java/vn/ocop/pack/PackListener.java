package vn.ocop.pack;

import java.nio.file.Path;

/** Hears what a {@link PackWatcher} does. Called on the watcher's thread; keep it short. */
public interface PackListener {

    /** @param pack the pack now in use */
    default void reloaded(Pack pack) {
    }

    /**
     * The changed pack is invalid; the previous pack stays in use.
     *
     * @param location the pack folder
     * @param problem  every problem found
     */
    default void rejected(Path location, InvalidPackException problem) {
    }
}
