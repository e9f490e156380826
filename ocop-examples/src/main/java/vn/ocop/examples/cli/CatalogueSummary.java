package vn.ocop.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.ProductClass;
import vn.ocop.catalogue.StarBand;

/**
 * What {@code catalogue --json} prints: the editions with their bands, classification and a summary
 * of every criteria set ({@code catalogue --json SET} prints one set in full).
 *
 * @param editions the editions, newest first
 */
record CatalogueSummary(List<EditionSummary> editions) {

    record EditionSummary(
            String id,
            String act,
            String title,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Map<PartCode, BigDecimal> partMaxima,
            List<StarBand> bands,
            List<ProductClass> classification,
            List<SetSummary> sets) {}

    record SetSummary(
            String id,
            int number,
            String name,
            vn.ocop.catalogue.Confidence confidence,
            int criteria,
            BigDecimal maxTotal,
            List<String> dataIssues,
            String file) {}

    static CatalogueSummary of(Catalogue c) {
        return new CatalogueSummary(c.editions().stream()
                .map(e -> new EditionSummary(
                        e.id(),
                        e.act(),
                        e.title(),
                        e.effectiveFrom(),
                        e.effectiveTo(),
                        e.partMaxima(),
                        e.bands(),
                        e.classification(),
                        e.sets().stream().map(CatalogueSummary::summary).toList()))
                .toList());
    }

    private static SetSummary summary(CriteriaSet s) {
        return new SetSummary(
                s.id(),
                s.number(),
                s.name(),
                s.confidence(),
                s.leaves().size(),
                s.maxTotal(),
                s.dataIssues(),
                s.file());
    }
}
