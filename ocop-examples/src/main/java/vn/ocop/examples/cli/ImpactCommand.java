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
import vn.ocop.pack.PackImpact;

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
        PackImpact impact = new PackImpact(Ocop.scorer(options), loaded.scorer(options), loaded.info());
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
            print(impact.report(), cli.out);
        }
        return status;
    }

    private static void print(PackImpact.Report report, java.io.PrintStream out) {
        out.println("impact of pack " + report.pack());
        java.util.List<PackImpact.Row> rows = report.sheets();
        int width = Math.max(
                5, rows.stream().mapToInt(r -> r.source().length()).max().orElse(5));
        String format = "%-" + width + "s  %-10s %-14s %-14s %s%n";
        out.printf(format, "sheet", "set", "national", "pack", "change");
        for (PackImpact.Row r : rows) {
            out.printf(
                    format,
                    r.source(),
                    r.criteriaSet() == null ? "?" : r.criteriaSet(),
                    side(r.national()),
                    side(r.pack()),
                    r.change() == null
                            ? "not compared"
                            : r.change() == 0 ? "=" : (r.change() > 0 ? "+" : "−") + Math.abs(r.change()) + "★");
        }
        PackImpact.Summary s = report.summary();
        out.println(s.sheets() + (s.sheets() == 1 ? " sheet" : " sheets") + ": " + s.changed() + " change stars ("
                + s.up() + " up, " + s.down() + " down), " + s.unchanged() + " unchanged, " + s.invalid()
                + " not compared" + (s.byChange().isEmpty() ? "" : "; by change " + s.byChange()));
        for (PackImpact.Row r : rows) {
            if (r.national().errors() != null) {
                out.println("  " + r.source() + " under the national edition: "
                        + String.join("; ", r.national().errors()));
            }
            if (r.pack().errors() != null) {
                out.println("  " + r.source() + " under the pack: "
                        + String.join("; ", r.pack().errors()));
            }
        }
    }

    private static String side(PackImpact.Side s) {
        return s.errors() != null ? "invalid" : OcopCommand.points(s.total()) + " " + s.stars() + "★";
    }
}
