package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import org.apiguardian.api.API;

/** Hears what a {@link PackWatcher} does. Called on the watcher's thread; keep it short. */
@API(status = STABLE, since = "0.1.0")
public interface PackListener {

    /** @param pack the pack now in use */
    default void reloaded(Pack pack) {}

    /**
     * The changed pack is invalid; the previous pack stays in use.
     *
     * @param location the pack folder
     * @param problem  every problem found
     */
    default void rejected(Path location, InvalidPackException problem) {}
}
