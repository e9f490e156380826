package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A node of an edition's product classification: a category (ngành, for example {@code I} food),
 * a group (nhóm, {@code I.1}) or a subgroup (phân nhóm, {@code I.1.a}). Subgroups name the
 * criteria set that scores their products.
 *
 * @param code        the classification code
 * @param name        the Vietnamese name
 * @param nameEn      the English gloss, empty when none is known
 * @param criteriaSet the criteria set of a subgroup, empty for categories and groups
 * @param children    the groups of a category or the subgroups of a group
 */
@API(status = STABLE, since = "0.1.0")
public record ProductClass(String code, String name, String nameEn, String criteriaSet, List<ProductClass> children) {
    /** Checks the node and copies its children. */
    public ProductClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        nameEn = nameEn == null ? "" : nameEn;
        criteriaSet = criteriaSet == null ? "" : criteriaSet;
        children = List.copyOf(children);
    }
}
