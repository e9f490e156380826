package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What {@code catalogue --json} prints and {@code GET /v1/catalogue} answers: the editions with their bands,
 * classification and a summary of every criteria set ({@code catalogue --json SET} prints one set in full).
 * Schema: {@code catalogue.schema.json}.
 *
 * @param editions the editions, newest first
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CatalogueSummary(List<EditionSummary> editions) {

    /** Copies the list. */
    public CatalogueSummary {
        editions = List.copyOf(editions);
    }

    /** @param c a catalogue @return its summary */
    public static CatalogueSummary of(Catalogue c) {
        return new CatalogueSummary(
                c.editions().stream().map(EditionSummary::new).toList());
    }

    /** One edition. A view the library makes: no public constructor, so fields can be added. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class EditionSummary {
        // written as a record is (OcopJson): each field by its accessor, in this order
        private final String id;
        private final String act;
        private final String title;
        private final LocalDate effectiveFrom;
        private final @Nullable LocalDate effectiveTo;
        private final Map<PartCode, BigDecimal> partMaxima;
        private final List<StarBand> bands;
        private final List<ProductClass> classification;
        private final List<SetSummary> sets;

        EditionSummary(Edition edition) {
            this.id = edition.id();
            this.act = edition.act();
            this.title = edition.title();
            this.effectiveFrom = edition.effectiveFrom();
            this.effectiveTo = edition.effectiveTo();
            this.partMaxima = edition.partMaxima();
            this.bands = edition.bands();
            this.classification = edition.classification();
            this.sets = edition.sets().stream().map(SetSummary::new).toList();
        }

        /** @return its id, such as {@code QD-26-2026} */
        public String id() {
            return id;
        }

        /** @return the decision that issued it */
        public String act() {
            return act;
        }

        /** @return the decision's title */
        public String title() {
            return title;
        }

        /** @return the first day it is in force */
        public LocalDate effectiveFrom() {
            return effectiveFrom;
        }

        /** @return the last day, or null while it is in force */
        public @Nullable LocalDate effectiveTo() {
            return effectiveTo;
        }

        /** @return the parts' maxima */
        public Map<PartCode, BigDecimal> partMaxima() {
            return partMaxima;
        }

        /** @return the star bands */
        public List<StarBand> bands() {
            return bands;
        }

        /** @return categories, groups and subgroups, each subgroup naming its criteria set */
        public List<ProductClass> classification() {
            return classification;
        }

        /** @return a summary of every criteria set */
        public List<SetSummary> sets() {
            return sets;
        }
    }

    /** One criteria set in brief. A view the library makes: no public constructor. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class SetSummary {
        // written as a record is (OcopJson): each field by its accessor, in this order
        private final String id;
        private final int number;
        private final String name;
        private final Confidence confidence;
        private final int criteria;
        private final BigDecimal maxTotal;
        private final List<String> dataIssues;
        private final String file;

        SetSummary(CriteriaSet set) {
            this.id = set.id();
            this.number = set.number();
            this.name = set.name();
            this.confidence = set.confidence();
            this.criteria = set.leaves().size();
            this.maxTotal = set.maxTotal();
            this.dataIssues = set.dataIssues();
            this.file = set.file();
        }

        /** @return its code, such as {@code QD26-01} */
        public String id() {
            return id;
        }

        /** @return its number in the edition */
        public int number() {
            return number;
        }

        /** @return its name */
        public String name() {
            return name;
        }

        /** @return how surely its text was read from the decision */
        public Confidence confidence() {
            return confidence;
        }

        /** @return how many criteria are answered (the leaves) */
        public int criteria() {
            return criteria;
        }

        /** @return the best total it allows */
        public BigDecimal maxTotal() {
            return maxTotal;
        }

        /** @return notes on the source text */
        public List<String> dataIssues() {
            return dataIssues;
        }

        /** @return the rule file it comes from */
        public String file() {
            return file;
        }
    }
}
