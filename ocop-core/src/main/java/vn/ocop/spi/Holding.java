package vn.ocop.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One recognition of a portfolio's product, as the portfolio rules see it: its certificate's expiry already
 * known (given, or the recognition date plus the edition's validity).
 *
 * @param product     the product's id
 * @param stars       the stars recognised
 * @param edition     the edition it was scored under
 * @param recognised  the recognition date
 * @param expires     the certificate's expiry
 * @param certificate the certificate's number, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Holding(
        String product,
        int stars,
        String edition,
        LocalDate recognised,
        LocalDate expires,
        @Nullable String certificate) {
    /** Checks the holding. */
    public Holding {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(recognised, "recognised");
        Objects.requireNonNull(expires, "expires");
    }
}
