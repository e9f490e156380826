package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pack compiled by an engine.
 *
 * @param engine   the engine loaded with the national criteria and the pack; its {@link ScoringEngine#pack()}
 *                 names the pack
 * @param warnings problems the pack's files acknowledge (a set with {@code DataIssue} rows whose arithmetic
 *                 does not add up), and other things to know
 * @param drlFiles the trusted DRL files the pack added, relative to the pack
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LoadedPack(ScoringEngine engine, List<String> warnings, List<String> drlFiles) {
    /** Checks the engine and copies the lists. */
    public LoadedPack {
        Objects.requireNonNull(engine, "engine");
        if (engine.pack().isEmpty()) {
            throw new IllegalArgumentException("a loaded pack's engine names its pack (ScoringEngine.pack())");
        }
        warnings = List.copyOf(warnings);
        drlFiles = List.copyOf(drlFiles);
    }
}
