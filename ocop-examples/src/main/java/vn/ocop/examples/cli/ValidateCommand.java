package vn.ocop.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.ocop.json.OcopJson;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackReport;
import vn.ocop.pack.Packs;

/** {@code ocop validate}: check a pack completely. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a pack completely: every problem with file, line and cell (exit 1), or what the pack"
                + " changes against the national edition (exit 0).")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Mixin
    Options.Json json;

    @Mixin
    Options.Lang lang;

    @Option(
            names = "--trust-drl",
            description = "Accept DRL files in the pack: they are Java code and run unsandboxed.")
    boolean trustDrl;

    @Parameters(arity = "1", paramLabel = "PACK", description = "A folder, a .zip or .jar, or a pack.xlsx.")
    Path pack;

    @Override
    public Integer call() {
        PackReport report = Packs.validate(
                pack, PackOptions.defaults().withTrustDrl(trustDrl).withLimits(cli.limits()));
        boolean vi = lang.vietnamese();
        Locale locale = vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        if (json.json) {
            cli.out.println(OcopJson.write(report));
        } else if (!report.valid()) {
            cli.out.println(
                    vi
                            ? "gói " + report.location() + " KHÔNG hợp lệ: "
                                    + report.problems().size() + " lỗi"
                            : "pack " + report.location() + " is INVALID: "
                                    + report.problems().size()
                                    + (report.problems().size() == 1 ? " problem" : " problems"));
            report.problems().forEach(pr -> cli.out.println("  " + pr.toString(locale)));
        } else {
            cli.out.println(
                    (vi ? "gói " + report.location() + " hợp lệ: " : "pack " + report.location() + " is valid: ")
                            + report.pack());
            report.warnings().forEach(w -> cli.out.println((vi ? "  cảnh báo: " : "  warning: ") + w));
            cli.out.println("  " + report.changes().size()
                    + (vi
                            ? " thay đổi so với bộ tiêu chí quốc gia "
                            : (report.changes().size() == 1 ? " change" : " changes")
                                    + " against the national edition ")
                    + report.pack().edition() + (report.changes().isEmpty() ? "" : ":"));
            report.changes().forEach(c -> cli.out.println("    " + c));
        }
        return report.valid() ? OcopCommand.OK : OcopCommand.FAILED;
    }
}
