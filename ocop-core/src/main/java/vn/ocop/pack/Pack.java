package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.internal.DefaultScorer;
import vn.ocop.spi.ScoringEngine;

/**
 * A province rule pack, loaded and compiled: immutable, and safe to share between threads. Obtain one from
 * {@link Packs#load}; every result of its scorers names it ({@link vn.ocop.result.ScoreResult#pack()}).
 */
@API(status = STABLE, since = "0.1.0")
public final class Pack {
    private final String location;
    private final ScoringEngine engine;
    private final List<String> warnings;
    private final List<PackChange> changes;
    /** The indexes of the pack's sets, shared by all its scorers (a watcher asks for one per call). */
    private final vn.ocop.internal.SetIndex.Cache indexes = new vn.ocop.internal.SetIndex.Cache();

    Pack(String location, ScoringEngine engine, List<String> warnings, List<PackChange> changes) {
        this.location = Objects.requireNonNull(location, "location");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.warnings = List.copyOf(warnings);
        this.changes = List.copyOf(changes);
    }

    /** @return the pack's location, as given */
    public String location() {
        return location;
    }

    /** @return name, version, content hash and edition */
    public PackInfo info() {
        return engine.pack().orElseThrow();
    }

    /** @return the national editions with the pack's edition in place of the one it is layered over */
    public Catalogue catalogue() {
        return engine.catalogue();
    }

    /** @return what the pack changes against the national edition */
    public List<PackChange> changes() {
        return changes;
    }

    /** @return things to know that do not make the pack invalid */
    public List<String> warnings() {
        return warnings;
    }

    /** @return a scorer over the pack with the default options */
    public Scorer scorer() {
        return scorer(ScoringOptions.defaults());
    }

    /** @param options scoring options @return a scorer over the pack */
    public Scorer scorer(ScoringOptions options) {
        return new DefaultScorer(engine, options, indexes);
    }

    @Override
    public String toString() {
        return "pack " + info() + " from " + location;
    }
}
