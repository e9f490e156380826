package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One product due for one reason (the JSON item {@code {"id", "reason", "expires", …}}).
 *
 * @param id          the product
 * @param reason      why it is due
 * @param expires     when its latest certificate expires
 * @param stars       the stars of that recognition
 * @param certificate that certificate's number, when the portfolio gives one
 * @param detail      what the rule found, in words ("expires in 90 days", "recognised under QD-148-2023, …")
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Due(
        String id,
        DueReason reason,
        LocalDate expires,
        int stars,
        @Nullable String certificate,
        String detail) {
    /** Checks the item. */
    public Due {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(detail, "detail");
    }
}
