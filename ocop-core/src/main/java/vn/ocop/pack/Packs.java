package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import vn.ocop.OcopException;
import vn.ocop.internal.EngineLoader;
import vn.ocop.internal.PackDiff;
import vn.ocop.spi.LoadedPack;

/**
 * Province rule packs: files a province edits in a spreadsheet program, layered over a national
 * edition without forking the library. A pack can replace criteria sets (changing points, options,
 * markers or stop rules), add sets with their own codes for local product groups, and change the star
 * bands. The format is described in {@code docs/packs.md}.
 *
 * <pre>{@code
 * Pack pack = Packs.load(Path.of("packs/lam-dong"));     // checked and compiled completely, or not at all
 * ScoreResult r = pack.scorer().score(sheet);            // r.pack() names the pack, version and hash
 * }</pre>
 */
@API(status = STABLE, since = "0.1.0")
public final class Packs {
    private Packs() {}

    /**
     * Loads a pack with the safe defaults (DRL refused).
     *
     * @param location a pack folder, or a {@code .jar}/{@code .zip} holding one
     * @return the pack
     * @throws InvalidPackException listing every problem, with file, line and cell
     */
    public static Pack load(Path location) {
        return load(location, PackOptions.defaults());
    }

    /**
     * @param location a pack folder, or a {@code .jar}/{@code .zip} holding one
     * @param options  how to load it
     * @return the pack
     * @throws InvalidPackException listing every problem, with file, line and cell
     */
    public static Pack load(Path location, PackOptions options) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(options, "options");
        LoadedPack loaded = EngineLoader.provider().loadPack(location, options);
        String edition = loaded.engine().pack().orElseThrow().edition();
        List<PackChange> changes = new ArrayList<>(PackDiff.between(
                EngineLoader.national().catalogue().edition(edition).orElseThrow(),
                loaded.engine().catalogue().edition(edition).orElseThrow(),
                loaded.drlFiles()));
        return new Pack(location.toString(), loaded.engine(), loaded.warnings(), changes);
    }

    /**
     * Checks a pack completely (reading, arithmetic, bands, markers, codes, compilation) without throwing for
     * the pack's own problems.
     *
     * @param location a pack folder, jar or zip
     * @param options  how to load it
     * @return the problems, or for a valid pack what it changes
     */
    public static PackReport validate(Path location, PackOptions options) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(options, "options");
        try {
            LoadedPack loaded = EngineLoader.provider().checkPack(location, options);
            String edition = loaded.engine().pack().orElseThrow().edition();
            List<PackChange> changes = PackDiff.between(
                    EngineLoader.national().catalogue().edition(edition).orElseThrow(),
                    loaded.engine().catalogue().edition(edition).orElseThrow(),
                    loaded.drlFiles());
            return new PackReport(
                    location.toString(), loaded.engine().pack().orElseThrow(), List.of(), loaded.warnings(), changes);
        } catch (InvalidPackException e) {
            return new PackReport(location.toString(), null, e.problems(), List.of(), List.of());
        }
    }

    /**
     * Watches a pack folder and keeps the newest valid version in use; see {@link PackWatcher}.
     *
     * @param folder   the pack folder
     * @param options  how to load it
     * @param listener told about reloads and rejected versions
     * @return the running watcher, holding the pack as it is now
     * @throws InvalidPackException when the pack is invalid to begin with
     */
    public static PackWatcher watch(Path folder, PackOptions options, PackListener listener) {
        return new PackWatcher(folder, options, listener);
    }

    /**
     * Writes a national edition as a pack folder (manifest, edition file with the bands, one file per set),
     * so that a province starts from the official text.
     *
     * @param edition   an edition id such as {@code QD-26-2026}
     * @param directory an empty or missing folder
     * @param format    CSV files or the officer's workbook
     * @return the files written, relative to the folder
     */
    public static List<String> export(String edition, Path directory, PackFormat format) {
        if (edition == null || edition.isBlank()) {
            throw new OcopException("export needs an edition id (for example QD-26-2026)");
        }
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(format, "format: PackFormat.CSV or PackFormat.XLSX");
        return new ArrayList<>(EngineLoader.provider().exportEdition(edition, directory, format));
    }
}
