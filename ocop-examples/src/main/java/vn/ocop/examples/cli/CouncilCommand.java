package vn.ocop.examples.cli;

import java.util.List;
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
        description = {
            "Score the members' sheets (one per FILE, or JSON Lines on '-') as one council, or a council sitting"
                    + " (--sitting: seats with roles and sheets): the band applies to the mean total, the markers to"
                    + " the per-criterion means.",
            "Exits 1 when the council is incomplete (fewer scoring members scored than --quorum, by default all):"
                    + " the result is printed, but it cannot be published; and when its spread is refused"
                    + " (--spread-policy ERROR): the pairs too far apart are printed, and no result."
        })
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

    @picocli.CommandLine.Parameters(
            arity = "0..*",
            paramLabel = "FILE",
            description = "The members' sheets as JSON files, or '-' for JSON Lines.")
    List<String> files = new java.util.ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(
            names = "--sitting",
            paramLabel = "FILE",
            description = "A council sitting as JSON ('-' for standard input): {\"level\": \"PROVINCE\", \"members\":"
                    + " [{\"name\": …, \"role\": \"CHAIR|MEMBER|SECRETARY|EXPERT\", \"sheet\": {…}}, …]}.")
    String sitting;

    @Override
    public Integer call() {
        Scorer scorer = pack.scorer(council.apply(scoring.options()));
        if (sitting != null) {
            if (!files.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "give either --sitting or the members' sheet files, not both");
            }
            String text;
            try {
                text = Inputs.document(sitting, cli.in, cli.limits(), vn.ocop.Limit.SITTING_BYTES);
            } catch (Inputs.UnreadableException e) {
                cli.report(json.json, "council", List.of(e.problem().at(0, sitting + " ")));
                return OcopCommand.BAD_INPUT;
            }
            return print(() -> scorer.scoreSittingJson(text, sitting), "council sitting " + sitting, scorer);
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "give the members' sheet files, or a sitting with --sitting FILE");
        }
        Map<String, String> members = cli.collect(files, json.json, "council");
        if (members == null) {
            return OcopCommand.BAD_INPUT;
        }
        return print(
                () -> scorer.scoreCouncilJson(members),
                "council of " + members.size() + " (" + String.join(", ", members.keySet()) + ")",
                scorer);
    }

    private int print(java.util.function.Supplier<ScoreResult> council, String title, Scorer scorer) {
        try {
            ScoreResult r = council.get();
            if (json.json) {
                cli.out.println(OcopJson.write(r));
            } else {
                ResultTable.print(cli.out, title, r, scorer.catalogue());
            }
            if (r.council() != null && !r.council().complete()) {
                cli.err.println("ocop: the council is incomplete ("
                        + r.council().completion()
                        + " scoring members scored, " + r.council().quorum() + " required): the result cannot be"
                        + " published");
                return OcopCommand.FAILED;
            }
            return OcopCommand.OK;
        } catch (InvalidSheetException e) {
            cli.report(json.json, "council", e.problems());
            return OcopCommand.BAD_INPUT;
        }
    }
}
