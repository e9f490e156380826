package vn.ocop.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.PartCode;

/**
 * Lookups over a criteria set that every sheet needs (criteria by code, leaves in order, the part of each
 * group, the markers), built once per set instead of once per sheet or per lookup. Each scorer keeps its own
 * {@link Cache}: there is no index shared across scorers, so a pack's set and the national set of the same
 * code never meet.
 *
 * @param set      the set
 * @param criteria every criterion by code, in official order
 * @param leaves   the leaf criteria, in official order
 * @param parts    the part of each group code
 * @param markers  every minimum marker of the set by its rule's name
 */
public record SetIndex(
        CriteriaSet set,
        Map<String, Criterion> criteria,
        List<Criterion> leaves,
        Map<String, PartCode> parts,
        Map<String, Marker> markers) {

    /**
     * A minimum marker and its criterion.
     *
     * @param criterion the leaf criterion's code
     * @param minimum   the marker
     * @param order     its position among the set's markers, in official order of their criteria
     */
    public record Marker(String criterion, vn.ocop.catalogue.Minimum minimum, int order) {}

    /** The indexes of one catalogue's sets, built on first use. Thread-safe. */
    public static final class Cache {
        private final Map<String, SetIndex> byId = new ConcurrentHashMap<>();

        /**
         * @param set a set of this cache's catalogue
         * @return its index; a different set object with the same code (not of this catalogue) is indexed afresh
         */
        public SetIndex of(CriteriaSet set) {
            SetIndex cached = byId.computeIfAbsent(set.id(), id -> build(set));
            return cached.set() == set ? cached : build(set);
        }
    }

    /** @param set a criteria set @return its index, built now */
    public static SetIndex build(CriteriaSet set) {
        Map<String, PartCode> parts = new java.util.HashMap<>();
        for (CriterionGroup g : set.groups()) {
            parts.put(g.code(), g.part());
        }
        Map<String, Marker> markers = new java.util.HashMap<>();
        for (Criterion c : set.criteria().values()) {
            c.minimums().forEach(m -> markers.put(m.rule(), new Marker(c.code(), m, markers.size())));
        }
        return new SetIndex(
                set,
                java.util.Collections.unmodifiableMap(set.criteria()),
                List.copyOf(set.leaves()),
                Map.copyOf(parts),
                Map.copyOf(markers));
    }

    /** @param code a criterion code @return the criterion, which must exist */
    public Criterion criterion(String code) {
        Criterion c = criteria.get(code);
        if (c == null) {
            throw new IllegalArgumentException("criteria set " + set.id() + " has no criterion " + code);
        }
        return c;
    }

    /**
     * @param rule a minimum-marker rule's name
     * @return the marker and its criterion, or {@code null} when the set has no such rule
     */
    public @Nullable Marker marker(String rule) {
        return markers.get(rule);
    }

    /** @param leaf a leaf criterion of the set @return the part it belongs to */
    public PartCode partOf(Criterion leaf) {
        return java.util.Objects.requireNonNull(parts.get(leaf.group()), () -> "no part for group " + leaf.group());
    }
}
