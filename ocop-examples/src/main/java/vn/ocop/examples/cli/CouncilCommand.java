package vn.ocop.examples.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;

/** {@code ocop council}: score the members' sheets as one council. */
@Command(
        name = "council",
        mixinStandardHelpOptions = true,
        description = "Score the members' sheets (one per FILE, or JSON Lines on '-') as one council: the band"
                + " applies to the mean total, the markers to the per-criterion means.")
final class CouncilCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Mixin
    Options.Json json;

    @Mixin
    Options.Scoring scoring;

    @Mixin
    Options.Council council;

    @Mixin
    Options.PackChoice pack;

    @Mixin
    Options.Sheets sheets;

    @Override
    public Integer call() {
        Scorer scorer = pack.scorer(council.apply(scoring.options()));
        Map<String, String> members = cli.collect(sheets.files, json.json, "council");
        if (members == null) {
            return OcopCommand.BAD_INPUT;
        }
        try {
            ScoreResult r = scorer.scoreCouncilJson(members);
            if (json.json) {
                cli.out.println(OcopJson.write(r));
            } else {
                ResultTable.print(
                        cli.out,
                        "council of " + members.size() + " (" + String.join(", ", members.keySet()) + ")",
                        r,
                        scorer.catalogue());
            }
            return OcopCommand.OK;
        } catch (InvalidSheetException e) {
            cli.report(json.json, "council", e.problems());
            return OcopCommand.BAD_INPUT;
        }
    }
}
