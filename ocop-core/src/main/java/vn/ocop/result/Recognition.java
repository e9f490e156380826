package vn.ocop.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Who recognises a 3★–5★ result and how long the certificate lasts.
 */
@API(status = STABLE, since = "0.1.0")
public final class Recognition {
    private final int stars;
    private final String level;
    private final String authority;
    private final boolean potentialFiveStar;
    private final @Nullable LocalDate recognitionDate;
    private final boolean dateAssumed;
    private final @Nullable LocalDate expires;
    private final @Nullable LocalDate reEvaluationFrom;
    private final @Nullable LocalDate reEvaluationUntil;

    private Recognition(
            int stars,
            String level,
            String authority,
            boolean potentialFiveStar,
            @Nullable LocalDate recognitionDate,
            boolean dateAssumed,
            @Nullable LocalDate expires,
            @Nullable LocalDate reEvaluationFrom,
            @Nullable LocalDate reEvaluationUntil) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(authority, "authority");
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("only 3★ to 5★ products are recognised: " + stars);
        }
        this.stars = stars;
        this.level = level;
        this.authority = authority;
        this.potentialFiveStar = potentialFiveStar;
        this.recognitionDate = recognitionDate;
        this.dateAssumed = dateAssumed;
        this.expires = expires;
        this.reEvaluationFrom = reEvaluationFrom;
        this.reEvaluationUntil = reEvaluationUntil;
    }

    /** @return the recognised star level */
    public int stars() {
        return stars;
    }

    /** @return {@code district}, {@code province} or {@code central} */
    public String level() {
        return level;
    }

    /** @return the recognising authority, as the edition names it */
    public String authority() {
        return authority;
    }

    /** @return whether the result is a "potential 5★": at province level a mean of 90 or more sends the dossier to the ministry, whose central council recognises 5★ */
    public boolean potentialFiveStar() {
        return potentialFiveStar;
    }

    /** @return the recognition date used, or {@code null} when the sheet gave no date */
    public @Nullable LocalDate recognitionDate() {
        return recognitionDate;
    }

    /** @return whether the evaluation date stood in for a missing recognition date */
    public boolean dateAssumed() {
        return dateAssumed;
    }

    /** @return the day the certificate expires: the recognition date plus its validity (36 months), or {@code null} */
    public @Nullable LocalDate expires() {
        return expires;
    }

    /** @return the first day a re-evaluation dossier may be filed, or {@code null} */
    public @Nullable LocalDate reEvaluationFrom() {
        return reEvaluationFrom;
    }

    /** @return the last day a re-evaluation dossier may be filed, or {@code null} */
    public @Nullable LocalDate reEvaluationUntil() {
        return reEvaluationUntil;
    }

    /** @return a builder of an empty {@link Recognition}; {@link Builder#build()} checks it */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's fields, to build a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.stars = stars;
        b.level = level;
        b.authority = authority;
        b.potentialFiveStar = potentialFiveStar;
        b.recognitionDate = recognitionDate;
        b.dateAssumed = dateAssumed;
        b.expires = expires;
        b.reEvaluationFrom = reEvaluationFrom;
        b.reEvaluationUntil = reEvaluationUntil;
        return b;
    }

    /** Builds a {@link Recognition}; not thread-safe. */
    public static final class Builder {
        private int stars;
        private @Nullable String level;
        private @Nullable String authority;
        private boolean potentialFiveStar;
        private @Nullable LocalDate recognitionDate;
        private boolean dateAssumed;
        private @Nullable LocalDate expires;
        private @Nullable LocalDate reEvaluationFrom;
        private @Nullable LocalDate reEvaluationUntil;

        private Builder() {}

        /**
         * @param stars the recognised star level
         * @return this builder
         */
        public Builder stars(int stars) {
            this.stars = stars;
            return this;
        }

        /**
         * @param level {@code district}, {@code province} or {@code central}
         * @return this builder
         */
        public Builder level(String level) {
            this.level = level;
            return this;
        }

        /**
         * @param authority the recognising authority, as the edition names it
         * @return this builder
         */
        public Builder authority(String authority) {
            this.authority = authority;
            return this;
        }

        /**
         * @param potentialFiveStar whether the result is a "potential 5★": at province level a mean of 90 or more sends the dossier to the ministry, whose central council recognises 5★
         * @return this builder
         */
        public Builder potentialFiveStar(boolean potentialFiveStar) {
            this.potentialFiveStar = potentialFiveStar;
            return this;
        }

        /**
         * @param recognitionDate the recognition date used, or {@code null} when the sheet gave no date
         * @return this builder
         */
        public Builder recognitionDate(@Nullable LocalDate recognitionDate) {
            this.recognitionDate = recognitionDate;
            return this;
        }

        /**
         * @param dateAssumed whether the evaluation date stood in for a missing recognition date
         * @return this builder
         */
        public Builder dateAssumed(boolean dateAssumed) {
            this.dateAssumed = dateAssumed;
            return this;
        }

        /**
         * @param expires the day the certificate expires: the recognition date plus its validity (36 months), or {@code null}
         * @return this builder
         */
        public Builder expires(@Nullable LocalDate expires) {
            this.expires = expires;
            return this;
        }

        /**
         * @param reEvaluationFrom the first day a re-evaluation dossier may be filed, or {@code null}
         * @return this builder
         */
        public Builder reEvaluationFrom(@Nullable LocalDate reEvaluationFrom) {
            this.reEvaluationFrom = reEvaluationFrom;
            return this;
        }

        /**
         * @param reEvaluationUntil the last day a re-evaluation dossier may be filed, or {@code null}
         * @return this builder
         */
        public Builder reEvaluationUntil(@Nullable LocalDate reEvaluationUntil) {
            this.reEvaluationUntil = reEvaluationUntil;
            return this;
        }

        /**
         * @return the value
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when a field is invalid
         */
        public Recognition build() {
            return new Recognition(
                    stars,
                    Objects.requireNonNull(level, "level"),
                    Objects.requireNonNull(authority, "authority"),
                    potentialFiveStar,
                    recognitionDate,
                    dateAssumed,
                    expires,
                    reEvaluationFrom,
                    reEvaluationUntil);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o == this
                || o instanceof Recognition other
                        && stars == other.stars
                        && java.util.Objects.equals(level, other.level)
                        && java.util.Objects.equals(authority, other.authority)
                        && potentialFiveStar == other.potentialFiveStar
                        && java.util.Objects.equals(recognitionDate, other.recognitionDate)
                        && dateAssumed == other.dateAssumed
                        && java.util.Objects.equals(expires, other.expires)
                        && java.util.Objects.equals(reEvaluationFrom, other.reEvaluationFrom)
                        && java.util.Objects.equals(reEvaluationUntil, other.reEvaluationUntil);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                stars,
                level,
                authority,
                potentialFiveStar,
                recognitionDate,
                dateAssumed,
                expires,
                reEvaluationFrom,
                reEvaluationUntil);
    }

    @Override
    public String toString() {
        return "Recognition[" + "stars=" + stars + ", " + "level=" + level + ", " + "authority=" + authority + ", "
                + "potentialFiveStar=" + potentialFiveStar + ", " + "recognitionDate=" + recognitionDate + ", "
                + "dateAssumed=" + dateAssumed + ", " + "expires=" + expires + ", " + "reEvaluationFrom="
                + reEvaluationFrom + ", " + "reEvaluationUntil=" + reEvaluationUntil + "]";
    }
}
