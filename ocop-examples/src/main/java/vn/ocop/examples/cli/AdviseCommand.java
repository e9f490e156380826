package vn.ocop.examples.cli;

import static vn.ocop.examples.cli.OcopCommand.points;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.result.Advice;
import vn.ocop.sheet.Sheet;

/** {@code ocop advise}: the fewest answer changes that reach each higher star level. */
@Command(
        name = "advise",
        mixinStandardHelpOptions = true,
        description = "For each sheet below 5★ (or the council), the fewest answer changes that reach each higher"
                + " star level.")
final class AdviseCommand implements Callable<Integer> {
    static final int ALTERNATIVES = 3;

    @ParentCommand
    OcopCommand cli;

    @Mixin
    Options.Json json;

    @Mixin
    Options.Scoring scoring;

    @Mixin
    Options.PackChoice pack;

    @Option(names = "--council", description = "Advise the sheets as one council.")
    boolean council;

    @Mixin
    Options.Sheets sheets;

    @Override
    public Integer call() {
        Scorer scorer = pack.scorer(scoring.options());
        if (!council) {
            return cli.forEachInput(sheets.files, json.json, input -> {
                print(input.source(), scorer.advise(OcopJson.readSheet(input.json(), input.source()), ALTERNATIVES));
                return OcopCommand.OK;
            });
        }
        Map<String, String> texts = cli.collect(sheets.files, json.json, "council");
        if (texts == null) {
            return OcopCommand.BAD_INPUT;
        }
        try {
            List<Sheet> members = new ArrayList<>();
            texts.forEach((source, text) -> members.add(OcopJson.readSheet(text, source)));
            print("council of " + members.size(), scorer.adviseCouncil(members, ALTERNATIVES));
            return OcopCommand.OK;
        } catch (InvalidSheetException e) {
            cli.report(json.json, e.source(), e.problems());
            return OcopCommand.BAD_INPUT;
        }
    }

    private void print(String source, Advice advice) {
        if (json.json) {
            cli.out.println(OcopJson.write(advice));
            return;
        }
        cli.out.println("== " + source);
        cli.out.println("   " + advice.criteriaSet() + " · edition " + advice.edition() + " · now "
                + points(advice.total()) + " points, " + advice.stars() + "★");
        if (advice.targets().isEmpty() && advice.unreachable().isEmpty()) {
            cli.out.println("   already 5★: nothing to advise");
        }
        List<Advice.Target> all = new ArrayList<>(advice.targets());
        all.addAll(advice.unreachable());
        all.sort(Comparator.comparingInt(Advice.Target::stars));
        for (Advice.Target t : all) {
            if (!t.reachable()) {
                cli.out.println("   " + t.stars() + "★: " + t.reason());
                continue;
            }
            int n = 1;
            for (Advice.Proposal pr : t.proposals()) {
                cli.out.println("   " + t.stars() + "★" + (n == 1 ? "  " : " (alternative " + n + ")") + ": "
                        + pr.changes().size() + (pr.changes().size() == 1 ? " change" : " changes") + ", " + pr.rungs()
                        + (pr.rungs() == 1 ? " rung" : " rungs") + " → " + points(pr.totalAfter()) + " points, "
                        + pr.starsAfter() + "★");
                for (Advice.Change ch : pr.changes()) {
                    cli.out.println("        " + ch.criterion() + ": option "
                            + (ch.caseCode() == null ? "" : ch.caseCode() + ":") + ch.option() + " ("
                            + points(ch.points()) + " points) instead of option " + ch.fromOption() + " ("
                            + points(ch.fromPoints()) + ")");
                }
                n++;
            }
        }
        cli.out.println();
    }
}
