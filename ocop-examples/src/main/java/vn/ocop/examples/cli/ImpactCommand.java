package vn.ocop.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.ocop.Limit;
import vn.ocop.Limits;
import vn.ocop.Ocop;
import vn.ocop.ScoringOptions;
import vn.ocop.json.OcopJson;
import vn.ocop.pack.Pack;

/** {@code ocop impact}: whose stars a pack changes. */
@Command(
        name = "impact",
        mixinStandardHelpOptions = true,
        description = "Score the sheets under the national edition and under the pack: whose stars change.")
final class ImpactCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Spec
    CommandSpec spec;

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
        if (pack.pack == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "impact needs --pack PACK");
        }
        ScoringOptions options = scoring.options();
        Pack loaded = pack.load();
        Impact impact = new Impact(Ocop.scorer(options), loaded.scorer(options), loaded.info());
        int status = OcopCommand.OK;
        Limits limits = cli.limits();
        int[] held = {0};
        boolean[] bad = {false};
        for (String file : sheets.files) {
            try {
                Inputs.forEach(file, cli.in, limits, input -> {
                    limits.check(Limit.BATCH_SHEETS, ++held[0], "impact");
                    if (input.problem() != null) {
                        impact.unreadable(input.source(), input.problem().message());
                        bad[0] = true;
                    } else {
                        impact.add(input.source(), input.json());
                    }
                });
            } catch (Inputs.UnreadableException e) {
                impact.unreadable(file, e.problem().message());
                bad[0] = true;
            }
        }
        if (bad[0]) {
            status = OcopCommand.BAD_INPUT;
        }
        if (json.json) {
            cli.out.println(OcopJson.write(impact.report()));
        } else {
            impact.print(cli.out);
        }
        return status;
    }
}
