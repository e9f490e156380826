package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a product is made.
 *
 * @param province the province (tỉnh, thành phố)
 * @param district the district, where the edition still had one (1048/2019, 148/2023), else {@code null}
 * @param commune  the commune (xã, phường)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Locality(
        @Nullable String province,
        @Nullable String district,
        @Nullable String commune) {
    /** A product whose locality is not given. */
    public static final Locality UNKNOWN = new Locality(null, null, null);

    /**
     * The key place names are compared by, so that a name typed in another case or Unicode form is the same place
     * ({@code "Xã Mỹ Thạnh"}, {@code " xã mỹ thạnh"} in NFD): Unicode NFC, trimmed, lower case.
     *
     * @param name a place name, or {@code null}
     * @return its key; {@code ""} for none
     */
    public static String key(@Nullable String name) {
        return name == null
                ? ""
                : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT);
    }
}
