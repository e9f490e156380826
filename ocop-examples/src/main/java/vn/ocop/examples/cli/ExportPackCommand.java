package vn.ocop.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.ocop.Ocop;
import vn.ocop.pack.Packs;

/** {@code ocop export-pack}: a national edition as a pack a province can edit. */
@Command(
        name = "export-pack",
        mixinStandardHelpOptions = true,
        description = "Write national edition E as a pack a province can edit (DIR must be empty or missing).")
final class ExportPackCommand implements Callable<Integer> {
    enum Format {
        csv,
        xlsx
    }

    @ParentCommand
    OcopCommand cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "E", description = "The edition, such as QD-26-2026.")
    String edition;

    @Option(
            names = "--format",
            paramLabel = "csv|xlsx",
            description = "CSV files, or one workbook pack.xlsx (default" + " csv).")
    Format format = Format.csv;

    @Parameters(arity = "1", paramLabel = "DIR", description = "The folder to write.")
    Path dir;

    @Override
    public Integer call() {
        if (Ocop.catalogue().edition(edition).isEmpty()) {
            throw Options.unknownEdition(spec, edition, "--edition");
        }
        List<String> written = Packs.export(
                edition, dir, vn.ocop.pack.PackFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)));
        cli.err.println("ocop: wrote " + written.size() + (written.size() == 1 ? " file of " : " files of ") + edition
                + " to " + dir + " (start with " + written.get(0) + ")");
        return OcopCommand.OK;
    }
}
