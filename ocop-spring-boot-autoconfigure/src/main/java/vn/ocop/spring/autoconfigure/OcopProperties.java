package vn.ocop.spring.autoconfigure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.ocop.MarkerBasis;
import vn.ocop.MarkerPolicy;
import vn.ocop.Rounding;
import vn.ocop.SpreadPolicy;

/**
 * The {@code ocop.*} properties: how the {@link vn.ocop.Scorer} bean scores, and which pack it scores with.
 * Unset properties keep the library's defaults ({@link vn.ocop.ScoringOptions#defaults()}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@ConfigurationProperties(prefix = "ocop")
public class OcopProperties {

    /**
     * Edition used when a sheet names none and its dates do not choose one, such as QD-26-2026. Unset: the
     * edition in force on the sheet's evaluation date.
     */
    private @Nullable String edition;

    /** What failed minimum markers do to the star level. */
    private MarkerPolicy markerPolicy = MarkerPolicy.HIGHEST_PASSING_LEVEL;

    /** What a council's minimum markers are checked against: the members' per-criterion means, or each member. */
    private MarkerBasis markerBasis = MarkerBasis.CRITERION_MEANS;

    /** Members a council needs to be complete; 0 means every scoring member. */
    private int quorum;

    /** Points two members' totals may lie apart before the pair is reported. */
    private BigDecimal maxSpread = BigDecimal.TEN;

    /** What a spread beyond max-spread does: WARN scores and reports the pairs, ERROR refuses to score. */
    private SpreadPolicy spreadPolicy = SpreadPolicy.WARN;

    /** How a council's mean is rounded: EXACT, TOTAL_2DP or PARTS_2DP. */
    private Rounding rounding = Rounding.EXACT;

    /** Whether invited experts score in a council. */
    private boolean expertsScore;

    /** The province pack the scorer uses instead of the national criteria. */
    private final Pack pack = new Pack();

    /** The pack properties ({@code ocop.pack.*}). */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static class Pack {
        /** A pack folder, .zip or .jar, or a pack.xlsx workbook. Unset: the national criteria. */
        private @Nullable Path location;

        /** Reload the pack folder when its files change; an invalid change keeps the previous pack in use. */
        private boolean watch;

        /**
         * Accept DRL files in the pack. DRL is Java code that runs with the application's rights and no
         * sandbox: set it only for packs you trust as your own code. Tables (CSV, XLSX) never need it.
         */
        private boolean trustDrl;

        /** @return the pack's location, or null for the national criteria */
        public @Nullable Path getLocation() {
            return location;
        }

        /** @param location the pack's location */
        public void setLocation(@Nullable Path location) {
            this.location = location;
        }

        /** @return whether the folder is watched */
        public boolean isWatch() {
            return watch;
        }

        /** @param watch whether the folder is watched */
        public void setWatch(boolean watch) {
            this.watch = watch;
        }

        /** @return whether DRL files are accepted */
        public boolean isTrustDrl() {
            return trustDrl;
        }

        /** @param trustDrl whether DRL files are accepted */
        public void setTrustDrl(boolean trustDrl) {
            this.trustDrl = trustDrl;
        }
    }

    /** @return the default edition, or null */
    public @Nullable String getEdition() {
        return edition;
    }

    /** @param edition the default edition */
    public void setEdition(@Nullable String edition) {
        this.edition = edition;
    }

    /** @return the marker policy */
    public MarkerPolicy getMarkerPolicy() {
        return markerPolicy;
    }

    /** @param markerPolicy the marker policy */
    public void setMarkerPolicy(MarkerPolicy markerPolicy) {
        this.markerPolicy = markerPolicy;
    }

    /** @return the marker basis */
    public MarkerBasis getMarkerBasis() {
        return markerBasis;
    }

    /** @param markerBasis the marker basis */
    public void setMarkerBasis(MarkerBasis markerBasis) {
        this.markerBasis = markerBasis;
    }

    /** @return the quorum */
    public int getQuorum() {
        return quorum;
    }

    /** @param quorum the quorum */
    public void setQuorum(int quorum) {
        this.quorum = quorum;
    }

    /** @return the largest spread not reported */
    public BigDecimal getMaxSpread() {
        return maxSpread;
    }

    /** @param maxSpread the largest spread not reported */
    public void setMaxSpread(BigDecimal maxSpread) {
        this.maxSpread = maxSpread;
    }

    /** @return the spread policy */
    public SpreadPolicy getSpreadPolicy() {
        return spreadPolicy;
    }

    /** @param spreadPolicy the spread policy */
    public void setSpreadPolicy(SpreadPolicy spreadPolicy) {
        this.spreadPolicy = spreadPolicy;
    }

    /** @return the council rounding */
    public Rounding getRounding() {
        return rounding;
    }

    /** @param rounding the council rounding */
    public void setRounding(Rounding rounding) {
        this.rounding = rounding;
    }

    /** @return whether experts score */
    public boolean isExpertsScore() {
        return expertsScore;
    }

    /** @param expertsScore whether experts score */
    public void setExpertsScore(boolean expertsScore) {
        this.expertsScore = expertsScore;
    }

    /** @return the pack properties */
    public Pack getPack() {
        return pack;
    }
}
