package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The three parts of every criteria set.
 *
 * <ul>
 *   <li>{@link #A} Sản phẩm và sức mạnh cộng đồng (product and community strength)</li>
 *   <li>{@link #B} Khả năng tiếp thị (marketing capability)</li>
 *   <li>{@link #C} Chất lượng sản phẩm (product quality)</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1.0")
public enum PartCode {
    /** Product and community strength. */
    A,
    /** Marketing capability. */
    B,
    /** Product quality. */
    C
}
