package vn.ocop.examples.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CatalogueSummary;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.ProductClass;
import vn.ocop.json.OcopJson;

/** {@code ocop catalogue}: the editions, categories, groups and sets; or one set in full. */
@Command(
        name = "catalogue",
        aliases = "catalog",
        mixinStandardHelpOptions = true,
        description = "List editions, product categories, groups and criteria sets; with SET, that set in full.")
final class CatalogueCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Mixin
    Options.Json json;

    @Mixin
    Options.PackChoice pack;

    @Parameters(arity = "0..1", paramLabel = "SET", description = "A criteria set's code, such as QD26-01.")
    String setCode;

    @Override
    public Integer call() {
        Catalogue catalogue = pack.catalogue();
        if (setCode != null) {
            CriteriaSet set = catalogue.set(setCode).orElse(null);
            if (set == null) {
                cli.err.println("ocop: unknown criteria set '" + setCode + "'; 'catalogue' lists them");
                return OcopCommand.BAD_INPUT;
            }
            if (json.json) {
                cli.out.println(OcopJson.write(set));
            } else {
                ResultTable.printSet(cli.out, set);
            }
            return OcopCommand.OK;
        }
        if (json.json) {
            cli.out.println(OcopJson.write(CatalogueSummary.of(catalogue)));
            return OcopCommand.OK;
        }
        for (Edition e : catalogue.editions()) {
            print(e);
        }
        return OcopCommand.OK;
    }

    private void print(Edition e) {
        cli.out.println(e.id() + "  " + e.act() + "  in force from " + e.effectiveFrom()
                + (e.effectiveTo() == null ? "" : " to " + e.effectiveTo()) + "  ("
                + e.sets().size() + " criteria sets)");
        cli.out.println("  parts: "
                + e.partMaxima().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(p -> p.getKey() + " " + p.getValue().toPlainString())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""));
        cli.out.println("  star bands: "
                + e.bands().stream()
                        .map(b -> b.stars() + "★ " + b.from().toPlainString()
                                + (b.below() != null
                                        ? "–<" + b.below().toPlainString()
                                        : "–" + b.upTo().toPlainString()))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""));
        for (ProductClass cat : e.classification()) {
            cli.out.println("  " + cat.code() + "  " + cat.name() + label(cat.nameEn()));
            for (ProductClass g : cat.children()) {
                cli.out.println("    " + g.code() + "  " + g.name() + label(g.nameEn()));
                for (ProductClass sg : g.children()) {
                    CriteriaSet s = e.set(sg.criteriaSet()).orElse(null);
                    cli.out.println("      " + sg.code() + "  " + sg.name() + "  → " + sg.criteriaSet()
                            + (s == null
                                    ? ""
                                    : " (" + s.leaves().size() + " criteria"
                                            + (s.dataIssues().isEmpty()
                                                    ? ""
                                                    : ", " + s.dataIssues().size() + " source notes: see"
                                                            + " 'catalogue " + s.id() + "'")
                                            + ")"));
                }
            }
        }
    }

    private static String label(String en) {
        return en.isEmpty() ? "" : " (" + en + ")";
    }
}
