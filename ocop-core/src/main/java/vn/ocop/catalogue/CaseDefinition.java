package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One of the alternative cases of a tourism criterion ("Lựa chọn một trong hai trường hợp").
 *
 * @param code    the case code, {@code a} or {@code b}
 * @param label   the official wording of the case
 * @param options the case's own ladder of options
 */
@API(status = STABLE, since = "0.1.0")
public record CaseDefinition(String code, String label, List<Option> options) {
    /** Checks the case and copies its options. */
    public CaseDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        options = List.copyOf(options);
    }

    /**
     * @param position 1-based option position
     * @return the option at that position, if any
     */
    public java.util.Optional<Option> option(int position) {
        return position >= 1 && position <= options.size()
                ? java.util.Optional.of(options.get(position - 1))
                : java.util.Optional.empty();
    }
}
