package vn.ocop.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;
import vn.ocop.OcopException;
import vn.ocop.SheetProblem;
import vn.ocop.json.OcopJson;
import vn.ocop.pack.InvalidPackException;

/**
 * The {@code ocop} command line: {@code java -jar ocop-examples/target/ocop.jar COMMAND …}. One class per
 * subcommand; shared options are mixins ({@link Options}); picocli writes the usage and help
 * ({@code ocop help COMMAND}) and a shell completion script ({@code ocop generate-completion}).
 *
 * <p>Exit codes, the same for every command ({@link #exitCode(Exception)} is the one place that maps them):
 * 0 success; 1 an invalid pack or a failed check (the pack's problems, a council over its spread limit, a
 * request the library refused with a message); 2 bad input or usage (the message names the file and JSON
 * path, or the option); 3 an internal error.
 */
@Command(
        name = "ocop",
        mixinStandardHelpOptions = true,
        versionProvider = OcopCommand.Version.class,
        description = "Scores OCOP products (Mỗi xã một sản phẩm) on the national criteria or a province's pack.",
        subcommands = {
            ScoreCommand.class,
            CouncilCommand.class,
            AdviseCommand.class,
            ReportCommand.class,
            CatalogueCommand.class,
            ExportPackCommand.class,
            ValidateCommand.class,
            ImpactCommand.class,
            PortfolioCommand.class,
            MigrateCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an invalid pack or a failed check (a council incomplete or over its spread limit, a request refused)",
            "2:bad input or usage: the message names the file and JSON path, or the option",
            "3:an internal error (set OCOP_DEBUG=1 for its stack trace)"
        })
public final class OcopCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    final PrintStream out;
    final PrintStream err;
    final InputStream in;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--limit",
            paramLabel = "NAME=N",
            scope = ScopeType.INHERIT,
            description =
                    "Raise or lower a limit on what is read: sheetBytes, sittingBytes, councilMembers, batchSheets,"
                            + " portfolioProducts, problems,"
                            + " packBytes, packFileBytes, packFiles, tableCells (defaults in docs/security.md); repeatable.")
    Map<String, Long> limitValues = new LinkedHashMap<>();

    /** @return the limits the command line sets */
    Limits limits() {
        Limits limits = Limits.defaults();
        for (Map.Entry<String, Long> e : limitValues.entrySet()) {
            try {
                limits = limits.with(Limit.fromSetting(e.getKey()), e.getValue());
            } catch (IllegalArgumentException x) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit: " + x.getMessage());
            }
        }
        return limits;
    }

    /** @return the root command of the command {@code spec} belongs to */
    static OcopCommand of(CommandSpec spec) {
        return (OcopCommand) spec.root().userObject();
    }

    OcopCommand(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /** @param args the command line */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = new OcopCommand(out, err, System.in).run(args);
        } catch (VirtualMachineError e) { // out of memory before the command ran: still one line, no trace
            code = vmError(err, e);
        }
        out.flush();
        System.exit(code);
    }

    /** @param args the command line @return the exit code */
    int run(String... args) {
        int code;
        try {
            code = execute(args);
        } catch (VirtualMachineError e) {
            return vmError(err, e);
        }
        out.flush();
        if (out.checkError()) { // a PrintStream keeps its write errors to itself: a full disk must not pass as done
            err.println("ocop: cannot write the output (disk full, or the reader went away)");
            return Math.max(code, INTERNAL);
        }
        return code;
    }

    /** The JVM gave out (memory, stack): one clear line, exit 3; the rest of the program state is moot. */
    private static int vmError(PrintStream err, VirtualMachineError e) {
        err.println(
                e instanceof OutOfMemoryError
                        ? "ocop: out of memory (" + e.getMessage() + "): give Java more heap (-Xmx) or lower a limit"
                                + " (--limit, docs/security.md)"
                        : "ocop: internal error: " + e);
        return INTERNAL;
    }

    private int execute(String... args) {
        CommandLine cl = new CommandLine(this);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, given) -> {
            err.println("ocop: " + e.getMessage());
            e.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("ocop: " + message(e));
            if (exitCode(e) == INTERNAL && System.getenv("OCOP_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return exitCode(e);
        });
        return cl.execute(args);
    }

    /** Without a command: usage, and exit 2. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command: choose one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /** The one place exceptions become exit codes. */
    static int exitCode(Exception e) {
        if (e instanceof InvalidSheetException || e instanceof LimitExceededException) {
            return BAD_INPUT;
        }
        if (e instanceof InvalidPackException || e instanceof CouncilSpreadException || e instanceof OcopException) {
            return FAILED;
        }
        return INTERNAL;
    }

    private static String message(Exception e) {
        return e instanceof OcopException ? e.getMessage() : "internal error: " + e;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = OcopCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ocop " + (v == null ? "(development build)" : v)};
        }
    }

    /**
     * Runs {@code action} on every sheet of the files, in order; a file that cannot be read and a sheet the
     * action finds invalid are reported, and the batch goes on.
     *
     * @return {@link #OK}, or {@link #BAD_INPUT} when any file or sheet was bad
     */
    int forEachInput(List<String> files, boolean json, Function<Inputs.Input, Integer> action) {
        int[] status = {OK};
        Limits limits = limits();
        for (String file : files) {
            try {
                Inputs.forEach(file, in, limits, input -> {
                    if (input.problem() != null) {
                        report(json, input.source(), List.of(input.problem()));
                        status[0] = BAD_INPUT;
                        return;
                    }
                    try {
                        status[0] = Math.max(status[0], action.apply(input));
                    } catch (InvalidSheetException e) {
                        report(json, input.source(), e.problems());
                        status[0] = BAD_INPUT;
                    }
                });
            } catch (Inputs.UnreadableException e) {
                report(json, file, List.of(e.problem()));
                status[0] = BAD_INPUT;
            }
        }
        return status[0];
    }

    /**
     * Every sheet of the files by source (a repeated source gets " (2)", " (3)" …), or {@code null} after
     * reporting the files that cannot be read. Reading stops at the first sheet over the councilMembers limit
     * (a council) or the batchSheets limit (anything else held at once).
     */
    Map<String, String> collect(List<String> files, boolean json, String what) {
        Map<String, String> sheets = new LinkedHashMap<>();
        List<SheetProblem> unreadable = new java.util.ArrayList<>();
        Limits limits = limits();
        for (String file : files) {
            try {
                Inputs.forEach(file, in, limits, input -> {
                    // unreadable lines count too: they are held (as problems) until the end
                    limits.check(
                            what.equals("council") ? Limit.COUNCIL_MEMBERS : Limit.BATCH_SHEETS,
                            sheets.size() + unreadable.size() + 1,
                            what);
                    if (input.problem() != null) {
                        SheetProblem p = input.problem();
                        unreadable.add(new SheetProblem(p.code(), input.source() + " " + p.path(), p.message()));
                        return;
                    }
                    String source = input.source();
                    for (int n = 2; sheets.containsKey(source); n++) {
                        source = input.source() + " (" + n + ")";
                    }
                    sheets.put(source, input.json());
                });
            } catch (Inputs.UnreadableException e) {
                SheetProblem p = e.problem();
                unreadable.add(new SheetProblem(p.code(), file + " " + p.path(), p.message()));
            }
        }
        if (!unreadable.isEmpty()) {
            report(json, what, unreadable);
            return null;
        }
        return sheets;
    }

    /** Prints a sheet's problems on standard error, and as one JSON object on standard output with --json. */
    void report(boolean json, String source, List<SheetProblem> problems) {
        int shown = (int) Math.min(problems.size(), limits().get(Limit.PROBLEMS));
        int more = problems.size() - shown;
        err.println("ocop: " + ResultTable.safe(source) + ": " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
        problems.subList(0, shown).forEach(p -> err.println("  " + ResultTable.safe(p.toString())));
        if (more > 0) {
            err.println("  … and " + more + " more (--limit problems=N lists more)");
        }
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("source", source);
            error.put("errors", problems.subList(0, shown));
            if (more > 0) {
                error.put("more", more);
            }
            out.println(OcopJson.write(error));
        }
    }

    static String points(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}
