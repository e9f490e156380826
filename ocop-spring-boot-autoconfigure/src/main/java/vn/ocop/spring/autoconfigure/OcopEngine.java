package vn.ocop.spring.autoconfigure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Edition;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackInfo;
import vn.ocop.pack.PackListener;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackWatcher;
import vn.ocop.pack.Packs;

/**
 * What the {@link vn.ocop.Scorer} bean scores with: the national criteria, a pack, or a watched pack folder,
 * and what the health indicator and the info contributor report about it (edition, pack, last reload failure).
 * Closed with the application context (it stops the folder watcher).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class OcopEngine implements AutoCloseable {
    /** Vietnam's time zone: "the edition in force today" is today in Vietnam. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ScoringOptions options;
    private final @Nullable Pack pack;
    private final @Nullable PackWatcher watcher;
    private final Scorer scorer;
    private volatile @Nullable String lastReloadFailure;
    private volatile @Nullable Instant lastReloadFailureAt;

    private OcopEngine(ScoringOptions options, @Nullable Path location, PackOptions packOptions, boolean watch) {
        this.options = options;
        if (location == null) {
            this.pack = null;
            this.watcher = null;
            this.scorer = Ocop.scorer(options);
        } else if (watch) {
            this.pack = null;
            this.watcher = Packs.watch(location, packOptions, new PackListener() {
                @Override
                public void reloaded(Pack pack) {
                    lastReloadFailure = null;
                    lastReloadFailureAt = null;
                }

                @Override
                public void rejected(Path folder, InvalidPackException problem) {
                    lastReloadFailure = problem.getMessage();
                    lastReloadFailureAt = Instant.now();
                }
            });
            this.scorer = watcher.scorer(options);
        } else {
            this.pack = Packs.load(location, packOptions);
            this.watcher = null;
            this.scorer = pack.scorer(options);
        }
    }

    /**
     * Loads what the properties name.
     *
     * @param properties the {@code ocop.*} properties
     * @param options    how to score
     * @return the engine, with its pack loaded (or its folder watched)
     * @throws vn.ocop.pack.InvalidPackException when the pack is invalid, with every problem
     */
    public static OcopEngine start(OcopProperties properties, ScoringOptions options) {
        OcopProperties.Pack p = properties.getPack();
        return new OcopEngine(
                options,
                p.getLocation(),
                PackOptions.defaults().withTrustDrl(p.isTrustDrl()).withLimits(options.limits()),
                p.isWatch());
    }

    /** @return the scorer: one call runs entirely on the pack current when it started */
    public Scorer scorer() {
        return scorer;
    }

    /** @return how it scores */
    public ScoringOptions options() {
        return options;
    }

    /** @return the pack in use now, or null when scoring on the national criteria */
    public @Nullable PackInfo pack() {
        if (watcher != null) {
            return watcher.current().info();
        }
        return pack == null ? null : pack.info();
    }

    /**
     * @param clock the clock that says what day it is
     * @return the edition a sheet naming none is scored on today: the configured one, the pack's, or the
     *     national edition in force in Vietnam today
     */
    public @Nullable String edition(Clock clock) {
        String configured = options.edition();
        if (configured != null) {
            return configured;
        }
        PackInfo info = pack();
        if (info != null) {
            return info.edition();
        }
        return scorer.catalogue()
                .editionInForceOn(LocalDate.now(clock.withZone(VIETNAM)))
                .map(Edition::id)
                .orElse(null);
    }

    /** @return the location of the pack, or null */
    public @Nullable String location() {
        if (watcher != null) {
            return watcher.current().location();
        }
        return pack == null ? null : pack.location();
    }

    /** @return whether the pack folder is watched */
    public boolean watching() {
        return watcher != null;
    }

    /** @return how many times the watched folder was reloaded */
    public long reloads() {
        return watcher == null ? 0 : watcher.reloads();
    }

    /** @return why the last change to the watched folder was refused, or null when the last one loaded */
    public @Nullable String lastReloadFailure() {
        return lastReloadFailure;
    }

    /** @return when the last change was refused, or null */
    public @Nullable Instant lastReloadFailureAt() {
        return lastReloadFailureAt;
    }

    /** Stops watching the pack folder. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
