package vn.ocop.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.sheet.Migration;

/** {@code ocop migrate}: a sheet carried to a later edition for a re-evaluation. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Carries a sheet to a later edition for a re-evaluation: every answer whose criterion and options are the"
                    + " same in both editions goes to its counterpart (renumbered where the codes differ); the"
                    + " criteria to assess afresh (new ones, changed options) and those no longer assessed are listed.",
            "The correspondence of the criteria is data in the rule files (vn/ocop/rules/qd26/carried.csv)."
        })
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Options.Json json;

    @Option(
            names = "--to",
            paramLabel = "EDITION",
            description = "The edition to carry the sheet to, such as QD-26-2026 (default: the one in force today).")
    String to;

    @Option(
            names = "--output",
            paramLabel = "NEW.json",
            description = "Write the new sheet (the carried answers) to this file.")
    Path output;

    @Parameters(index = "0", paramLabel = "SHEET", description = "The sheet (JSON), or '-'.")
    String file;

    @Override
    public Integer call() {
        Scorer scorer = vn.ocop.Ocop.scorer();
        String edition = to != null
                ? to
                : scorer.catalogue()
                        .editionInForceOn(java.time.LocalDate.now(PortfolioCommand.VIETNAM))
                        .orElseThrow()
                        .id();
        String source = file.equals("-") ? "<stdin>" : file;
        String text;
        try {
            text = Inputs.document(file, cli.in, cli.limits(), vn.ocop.Limit.SHEET_BYTES);
        } catch (Inputs.UnreadableException e) {
            cli.report(json.json, source, List.of(e.problem().at(0, source + " ")));
            return OcopCommand.BAD_INPUT;
        }
        Migration m;
        try {
            m = scorer.migrate(OcopJson.readSheet(text, source), edition);
        } catch (InvalidSheetException e) {
            cli.report(json.json, e.source(), e.problems());
            return OcopCommand.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (output != null) {
            try {
                Files.writeString(output, OcopJson.write(m.sheet()) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                cli.err.println("ocop: cannot write " + output + ": " + e.getMessage());
                return OcopCommand.BAD_INPUT;
            }
        }
        if (json.json) {
            cli.out.println(OcopJson.write(m));
        } else {
            print(source, m);
        }
        if (output != null) {
            cli.err.println("ocop: wrote " + output);
        }
        return OcopCommand.OK;
    }

    private void print(String source, Migration m) {
        var out = cli.out;
        out.println("== " + ResultTable.safe(source) + ": " + m.from() + " → " + m.to() + " ("
                + m.sheet().edition() + ")");
        out.println("   carried (" + m.carried().size() + "): "
                + (m.carried().isEmpty()
                        ? "none"
                        : m.carried().stream()
                                .map(c -> c.from() + (c.from().equals(c.to()) ? "" : " → " + c.to()) + " "
                                        + answer(c.answer()) + (c.markersChanged() ? " (minimum markers differ)" : ""))
                                .collect(Collectors.joining(", "))));
        Map<Migration.Reason, List<Migration.Fresh>> fresh =
                m.fresh().stream().collect(Collectors.groupingBy(Migration.Fresh::reason));
        out.println("   assess afresh (" + m.fresh().size() + "):");
        List<Migration.Fresh> changed = fresh.getOrDefault(Migration.Reason.CHANGED_OPTIONS, List.of());
        List<Migration.Fresh> added = fresh.getOrDefault(Migration.Reason.NEW_CRITERION, List.of());
        if (!changed.isEmpty()) {
            out.println("      options changed: "
                    + changed.stream()
                            .map(f -> f.criterion() + (f.criterion().equals(f.was()) ? "" : " (was " + f.was() + ")"))
                            .collect(Collectors.joining(", ")));
        }
        if (!added.isEmpty()) {
            out.println("      new criteria: "
                    + added.stream().map(Migration.Fresh::criterion).collect(Collectors.joining(", ")));
        }
        out.println("   no longer assessed (" + m.dropped().size() + "): "
                + (m.dropped().isEmpty() ? "none" : String.join(", ", m.dropped())));
    }

    private static String answer(vn.ocop.sheet.Answer a) {
        if (a instanceof vn.ocop.sheet.Answer.Choice c) {
            return "option " + c.option();
        }
        if (a instanceof vn.ocop.sheet.Answer.YesNo y) {
            return y.yes() ? "yes" : "no";
        }
        vn.ocop.sheet.Answer.CaseChoice k = (vn.ocop.sheet.Answer.CaseChoice) a;
        return "case " + k.caseCode() + " option " + k.option();
    }
}
