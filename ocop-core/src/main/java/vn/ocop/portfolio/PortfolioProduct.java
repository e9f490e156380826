package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One product of a portfolio (one line of its JSON Lines):
 * <pre>{@code
 * {"id": "BT-2024-017", "name": "Bưởi da xanh Mỹ Thạnh", "criteriaSet": "QD148-01",
 *  "locality": {"province": "Bến Tre", "district": "Giồng Trôm", "commune": "Mỹ Thạnh"},
 *  "recognitions": [{"stars": 4, "edition": "QD-148-2023", "recognitionDate": "2024-03-01",
 *                    "certificate": "123/QĐ-UBND", "level": "PROVINCE"}]}
 * }</pre>
 * Field names are a public contract; other fields may be added.
 *
 * @param id           the product's identifier in the portfolio
 * @param name         its name, or {@code null}
 * @param criteriaSet  the criteria set it is scored on, or {@code null}
 * @param locality     where it is made
 * @param recognitions its recognitions, in any order (the latest counts)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PortfolioProduct(
        String id,
        @Nullable String name,
        @Nullable String criteriaSet,
        Locality locality,
        List<PortfolioRecognition> recognitions) {
    /** Checks and copies. */
    public PortfolioProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locality, "locality");
        recognitions = List.copyOf(recognitions);
    }
}
