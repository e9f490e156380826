package vn.ocop.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What is due in a portfolio on a date ({@code ocop portfolio due --json} prints it).
 *
 * @param asOf     the date the list is for
 * @param within   the window of {@link DueReason#EXPIRING}, in months
 * @param edition  the edition in force on that date
 * @param products how many products the portfolio has
 * @param due      one item per product and reason, by expiry then product
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DueList(LocalDate asOf, int within, String edition, int products, List<Due> due) {
    /** Checks and copies. */
    public DueList {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(edition, "edition");
        due = List.copyOf(due);
    }
}
