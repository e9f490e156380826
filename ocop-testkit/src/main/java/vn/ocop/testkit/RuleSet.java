package vn.ocop.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.ocop.Ocop;
import vn.ocop.OcopException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.Packs;

/**
 * The rule set under test: a national edition, or a province pack over one. Loaded once and shared.
 */
public final class RuleSet {
    private final String name;
    private final String editionId;
    private final Pack pack;
    private final PackOptions options;

    private RuleSet(String name, String editionId, Pack pack, PackOptions options) {
        this.name = name;
        this.editionId = editionId;
        this.pack = pack;
        this.options = options;
    }

    /**
     * @param edition an edition id such as {@code QD-26-2026}
     * @return the national rules of that edition
     */
    public static RuleSet national(String edition) {
        Objects.requireNonNull(edition, "edition");
        if (Ocop.catalogue().edition(edition).isEmpty()) {
            throw new OcopException("unknown edition '" + edition + "'");
        }
        return new RuleSet("national " + edition, edition, null, PackOptions.defaults());
    }

    /**
     * @param folder a pack folder, jar or zip
     * @return the pack, loaded with the safe defaults
     * @throws vn.ocop.pack.InvalidPackException when it is invalid
     */
    public static RuleSet pack(Path folder) {
        return pack(folder, PackOptions.defaults());
    }

    /**
     * @param folder  a pack folder, jar or zip
     * @param options how to load it
     * @return the pack
     * @throws vn.ocop.pack.InvalidPackException when it is invalid
     */
    public static RuleSet pack(Path folder, PackOptions options) {
        Pack p = Packs.load(folder, options);
        return new RuleSet("pack " + p.info(), p.info().edition(), p, options);
    }

    /** @return a scorer over the rule set with the default options */
    public Scorer scorer() {
        return scorer(ScoringOptions.defaults());
    }

    /** @param options scoring options @return a scorer over the rule set */
    public Scorer scorer(ScoringOptions options) {
        return pack == null ? Ocop.scorer(options) : pack.scorer(options);
    }

    /** @return the catalogue the rule set scores with */
    public Catalogue catalogue() {
        return pack == null ? Ocop.catalogue() : pack.catalogue();
    }

    /** @return the edition under test (the pack's edition for a pack) */
    public Edition edition() {
        return catalogue().edition(editionId).orElseThrow();
    }

    /** @return the criteria sets under test, in official order */
    public List<CriteriaSet> sets() {
        return edition().sets();
    }

    /** @return the pack, or {@code null} for a national edition */
    public Pack pack() {
        return pack;
    }

    /** @return the options the pack was loaded with (the safe defaults for a national edition) */
    public PackOptions packOptions() {
        return options;
    }

    @Override
    public String toString() {
        return name;
    }
}
