package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A finding that ends an evaluation early, as the criteria sets provide.
 *
 * <p>{@link Kind#DOSSIER} findings reject the dossier before it is scored ("Hồ sơ bị loại khi …").
 * {@link Kind#STOP} findings trigger a set's stop rule (for example unacceptable foreign matter in a
 * food product, or an intellectual-property violation of a handicraft); they are accepted only for
 * sets that have such a rule.
 */
@API(status = STABLE, since = "0.1.0")
public enum Finding {
    /** Giả mạo hồ sơ: forged dossier. */
    FORGED_DOSSIER(Kind.DOSSIER, "Giả mạo hồ sơ"),
    /** Missing or invalid certificate of food-safety conditions of the facility. */
    NO_FOOD_SAFETY_CERTIFICATE(
            Kind.DOSSIER, "Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
    /** Missing production licence (alcohol, herbal products…). */
    NO_PRODUCTION_LICENCE(Kind.DOSSIER, "Không có giấy phép sản xuất theo quy định"),
    /** Missing product or quality declaration. */
    NO_PRODUCT_DECLARATION(Kind.DOSSIER, "Không có bản công bố sản phẩm (hoặc tương đương)"),
    /** Missing mandatory production conditions of the sector's regulations. */
    NO_MANDATORY_PRODUCTION_CONDITIONS(
            Kind.DOSSIER, "Không có đủ điều kiện bắt buộc để sản xuất sản phẩm theo quy định quản lý chuyên ngành"),
    /** Registration dossier does not meet the requirements. */
    INVALID_REGISTRATION(Kind.DOSSIER, "Không đáp ứng về hồ sơ đăng ký theo quy định"),

    /** Unacceptable foreign matter (insects, hair, sand, plastic…): later steps are not assessed. */
    FOREIGN_MATTER(Kind.STOP, "Có tạp chất không chấp nhận được"),
    /** The product copies another producer's product, changing only the name. */
    COPIED_PRODUCT(Kind.STOP, "Giống hệt sản phẩm của nhà sản xuất khác"),
    /** All raw material imported or of unknown origin. */
    IMPORTED_RAW_MATERIAL(Kind.STOP, "Sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc"),
    /** The food-safety certificate does not fit the product (148 sets). */
    FOOD_SAFETY_CERTIFICATE_UNSUITABLE(Kind.STOP, "Giấy chứng nhận đủ điều kiện ATTP không phù hợp"),
    /** No product announcement form (cosmetics, essential oils). */
    NO_PRODUCT_ANNOUNCEMENT(Kind.STOP, "Không có Phiếu công bố sản phẩm theo quy định"),
    /** A common product of a national or provincial key group without outstanding quality. */
    COMMON_PRODUCT_WITHOUT_DISTINCTION(
            Kind.STOP, "Sản phẩm có tính phổ biến mà không có sự nổi trội về chất lượng và đặc sắc"),
    /** The product violates intellectual property (handicrafts). */
    IP_VIOLATION(Kind.STOP, "Sản phẩm vi phạm sở hữu trí tuệ");

    /** What a finding does. */
    public enum Kind {
        /** Rejects the dossier before scoring. */
        DOSSIER,
        /** Triggers a stop rule of the criteria set. */
        STOP
    }

    private final Kind kind;
    private final String label;

    Finding(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    /** @return whether the finding rejects the dossier or triggers a stop rule */
    public Kind kind() {
        return kind;
    }

    /** @return a short Vietnamese description */
    public String label() {
        return label;
    }

    /**
     * @param code a finding's name as written in JSON
     * @return the finding with that name
     */
    public static Optional<Finding> fromCode(String code) {
        for (Finding f : values()) {
            if (f.name().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
