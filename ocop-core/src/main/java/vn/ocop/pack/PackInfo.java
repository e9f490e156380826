package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Identifies the province rule pack a result was scored with.
 *
 * @param name    the pack's name, from its manifest ({@code Pack} row)
 * @param version the pack's version, from its manifest ({@code Version} row)
 * @param hash    {@code sha256:} and the hex SHA-256 of the manifest and every file it names, in path order:
 *                two packs with the same hash score identically
 * @param edition the national edition the pack is layered over, for example {@code QD-26-2026}
 */
@API(status = STABLE, since = "0.1.0")
public record PackInfo(String name, String version, String hash, String edition) {
    /** Checks the fields. */
    public PackInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(edition, "edition");
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + hash.substring(0, Math.min(hash.length(), 19)) + "…, over " + edition
                + ")";
    }
}
