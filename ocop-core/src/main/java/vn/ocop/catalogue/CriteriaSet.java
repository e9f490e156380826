package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A criteria set (bộ tiêu chí, which doubles as the scoring sheet) of one edition.
 *
 * @param id            the set's code, for example {@code QD26-01}
 * @param edition       the edition it belongs to, for example {@code QD-26-2026}
 * @param number        its number in the edition (1–26)
 * @param name          the product subgroup it scores (Vietnamese)
 * @param confidence    {@code confirmed}, {@code partial} or {@code inferred}, from the reference data
 * @param source        where the criteria were read from
 * @param disqualifiers the official "Hồ sơ bị loại khi …" texts
 * @param dataIssues    known defects of the source text, kept visible
 * @param parts         parts A, B and C
 * @param stopRules     stop rules of the set
 * @param file          the rule file that defines the set (catalogue and rules)
 */
@API(status = STABLE, since = "0.1.0")
public record CriteriaSet(String id, String edition, int number, String name, String confidence, String source,
                          List<String> disqualifiers, List<String> dataIssues, List<Part> parts,
                          List<StopRule> stopRules, String file) {
    /** Checks the set and copies its lists. */
    public CriteriaSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        confidence = confidence == null ? "" : confidence;
        source = source == null ? "" : source;
        disqualifiers = List.copyOf(disqualifiers);
        dataIssues = List.copyOf(dataIssues);
        parts = List.copyOf(parts);
        stopRules = List.copyOf(stopRules);
    }

    /** @return every leaf criterion (the ones a sheet answers), in official order */
    public List<Criterion> leaves() {
        List<Criterion> out = new ArrayList<>();
        for (Part p : parts) {
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    out.addAll(c.leaves());
                }
            }
        }
        return out;
    }

    /** @return every criterion, containers and leaves, keyed by code in official order */
    public Map<String, Criterion> criteria() {
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (Part p : parts) {
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    collect(c, out);
                }
            }
        }
        return out;
    }

    private static void collect(Criterion c, Map<String, Criterion> out) {
        out.put(c.code(), c);
        for (Criterion child : c.children()) {
            collect(child, out);
        }
    }

    /**
     * @param code a criterion code
     * @return the criterion (leaf or container) with that code
     */
    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(criteria().get(code));
    }

    /** @return the groups of all parts, in official order */
    public List<CriterionGroup> groups() {
        List<CriterionGroup> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.groups()));
        return out;
    }

    /** @return the sum of the parts' maxima as printed (100 for a well-formed set) */
    public BigDecimal maxTotal() {
        return parts.stream().map(Part::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return the part with that code */
    public Part part(PartCode code) {
        return parts.stream().filter(p -> p.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("criteria set " + id + " has no part " + code));
    }
}
