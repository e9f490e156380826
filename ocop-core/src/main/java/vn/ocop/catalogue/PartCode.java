package vn.ocop.catalogue;

/**
 * The three parts of every criteria set.
 *
 * <ul>
 *   <li>{@link #A} Sản phẩm và sức mạnh cộng đồng (product and community strength)</li>
 *   <li>{@link #B} Khả năng tiếp thị (marketing capability)</li>
 *   <li>{@link #C} Chất lượng sản phẩm (product quality)</li>
 * </ul>
 */
public enum PartCode {
    /** Product and community strength. */
    A,
    /** Marketing capability. */
    B,
    /** Product quality. */
    C
}
