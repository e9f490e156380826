package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion (tiêu chí) of a criteria set.
 *
 * <p>Leaf criteria are answered on a sheet: {@link Selection#SINGLE} and {@link Selection#YES_NO}
 * criteria have {@link #options()}, {@link Selection#CASES} criteria have {@link #cases()}.
 * {@link Selection#CONTAINER} criteria are not answered; their score is the sum of their
 * {@link #children()}.
 *
 * @param code      official code, for example {@code 1.1}, {@code 6.1.2} or {@code 8}
 * @param group     code of the group the criterion belongs to
 * @param parent    code of the enclosing container criterion, or the group code for top-level criteria
 * @param max       maximum points
 * @param selection how the criterion is answered
 * @param label     official wording (Vietnamese)
 * @param labelEn   English gloss, empty when none is known
 * @param notes     official notes attached to the criterion
 * @param options   the ladder of a single or yes/no criterion
 * @param cases     the alternative cases of a case criterion
 * @param children  the children of a container
 * @param minimums  minimum markers, one per star level they apply to
 */
@API(status = STABLE, since = "0.1.0")
public record Criterion(String code, String group, String parent, BigDecimal max, Selection selection,
                        String label, String labelEn, List<String> notes, List<Option> options,
                        List<CaseDefinition> cases, List<Criterion> children, List<Minimum> minimums) {
    /** Checks the criterion and copies its lists. */
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(label, "label");
        labelEn = labelEn == null ? "" : labelEn;
        notes = List.copyOf(notes);
        options = List.copyOf(options);
        cases = List.copyOf(cases);
        children = List.copyOf(children);
        minimums = List.copyOf(minimums);
    }

    /** @return whether a sheet answers this criterion (every kind but a container) */
    public boolean isLeaf() {
        return selection != Selection.CONTAINER;
    }

    /** @return this criterion if it is a leaf, else its leaves in official order */
    public List<Criterion> leaves() {
        if (isLeaf()) {
            return List.of(this);
        }
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : children) {
            out.addAll(c.leaves());
        }
        return out;
    }

    /**
     * @param position 1-based option position
     * @return the option at that position of a single or yes/no criterion
     */
    public Optional<Option> option(int position) {
        return position >= 1 && position <= options.size()
                ? Optional.of(options.get(position - 1)) : Optional.empty();
    }

    /**
     * @param caseCode a case code such as {@code a}
     * @return that case of a case criterion
     */
    public Optional<CaseDefinition> caseDefinition(String caseCode) {
        return cases.stream().filter(c -> c.code().equals(caseCode)).findFirst();
    }

    /**
     * @param stars a star level
     * @return the minimum points required on this criterion for that level, if any
     */
    public Optional<Minimum> minimumFor(int stars) {
        return minimums.stream().filter(m -> m.stars() == stars).findFirst();
    }
}
