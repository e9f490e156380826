package vn.ocop.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import vn.ocop.result.HtmlReport;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/** {@code ocop report}: a self-contained HTML page of the sheets or the council. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "A self-contained HTML page: the sheets (or the council) laid out like the official form.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Mixin
    Options.Scoring scoring;

    @Mixin
    Options.PackChoice pack;

    @Option(names = "--html", required = true, paramLabel = "OUT.html", description = "The page to write.")
    Path target;

    @Option(names = "--council", description = "Report the sheets as one council.")
    boolean council;

    @Mixin
    Options.Sheets sheets;

    @Override
    public Integer call() {
        Scorer scorer = pack.scorer(scoring.options());
        Map<String, String> inputs = cli.collect(sheets.files, false, council ? "council" : "report");
        if (inputs == null) {
            return OcopCommand.BAD_INPUT;
        }
        List<HtmlReport.Section> sections = new ArrayList<>();
        try {
            if (council) {
                ScoreResult r = scorer.scoreCouncilJson(inputs);
                sections.add(new HtmlReport.Section(
                        "council of " + inputs.size(),
                        r,
                        scorer.catalogue().set(r.criteriaSet()).orElseThrow(),
                        null));
            } else {
                for (Map.Entry<String, String> e : inputs.entrySet()) {
                    Sheet sheet = OcopJson.readSheet(e.getValue(), e.getKey());
                    ScoreResult r = scorer.score(sheet);
                    sections.add(new HtmlReport.Section(
                            e.getKey(),
                            r,
                            scorer.catalogue().set(r.criteriaSet()).orElseThrow(),
                            scorer.advise(sheet, 1)));
                }
            }
        } catch (InvalidSheetException e) {
            cli.report(false, e.source(), e.problems());
            return OcopCommand.BAD_INPUT;
        }
        try {
            Files.writeString(
                    target,
                    HtmlReport.page("Kết quả đánh giá, phân hạng sản phẩm OCOP", sections),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            cli.err.println("ocop: cannot write " + target + ": " + e.getMessage());
            return OcopCommand.BAD_INPUT;
        }
        cli.err.println("ocop: wrote " + target);
        return OcopCommand.OK;
    }
}
