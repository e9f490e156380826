package vn.ocop.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;

/** {@code ocop score}: score each sheet. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Score each sheet (JSON); '-' reads sheets as JSON Lines from standard input.")
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Mixin
    Options.Json json;

    @Mixin
    Options.Scoring scoring;

    @Mixin
    Options.PackChoice pack;

    @Mixin
    Options.Sheets sheets;

    @Override
    public Integer call() {
        Scorer scorer = pack.scorer(scoring.options());
        return cli.forEachInput(sheets.files, json.json, input -> {
            ScoreResult r = scorer.scoreJson(input.json(), input.source());
            if (json.json) {
                cli.out.println(OcopJson.write(r));
            } else {
                ResultTable.print(cli.out, input.source(), r, scorer.catalogue());
            }
            return OcopCommand.OK;
        });
    }
}
