package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything the scorer knows: the editions it ships or was given, newest first.
 *
 * @param editions the editions
 */
@API(status = STABLE, since = "0.1.0")
public record Catalogue(List<Edition> editions) {
    /** Copies the editions. */
    public Catalogue {
        editions = List.copyOf(Objects.requireNonNull(editions, "editions"));
    }

    /**
     * @param id an edition id such as {@code QD-26-2026}
     * @return the edition with that id
     */
    public Optional<Edition> edition(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * @param date a date
     * @return the edition in force on that date: of those whose period holds it, the one that came into force
     *         last (an edition stays in force for a transition after the next one starts)
     */
    public Optional<Edition> editionInForceOn(java.time.LocalDate date) {
        return editions.stream()
                .filter(e -> e.inForceOn(date))
                .max(java.util.Comparator.comparing(Edition::effectiveFrom));
    }

    /**
     * @param id a criteria set code such as {@code QD26-01}
     * @return the set with that code, in whichever edition holds it
     */
    public Optional<CriteriaSet> set(String id) {
        return editions.stream()
                .flatMap(e -> e.sets().stream())
                .filter(s -> s.id().equals(id))
                .findFirst();
    }
}
