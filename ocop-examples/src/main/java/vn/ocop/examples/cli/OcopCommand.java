package vn.ocop.examples.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.InvalidSheetException;
import vn.ocop.MarkerPolicy;
import vn.ocop.Ocop;
import vn.ocop.OcopException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.ProductClass;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;

/**
 * The {@code ocop} command line: {@code java -jar ocop-examples/target/ocop.jar COMMAND …}.
 *
 * <pre>
 * score [--json] [--marker-policy POLICY] FILE...   score sheets ('-' reads JSON Lines from standard input)
 * catalogue [--json] [SET]                          list editions, categories, groups and sets; or one set
 * </pre>
 *
 * Exit codes: 0 success, 2 bad input or usage (the message names the file and JSON path), 1 an
 * internal failure.
 */
public final class OcopCommand {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

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
        int code = new OcopCommand(out, err, System.in).run(args);
        out.flush();
        System.exit(code);
    }

    int run(String[] args) {
        try {
            if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
                usage(out);
                return args.length == 0 ? BAD_INPUT : OK;
            }
            List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
            return switch (args[0]) {
                case "score" -> score(rest);
                case "catalogue", "catalog" -> catalogue(rest);
                default -> usageError("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usageError(e.getMessage());
        } catch (OcopException e) {
            err.println("ocop: " + e.getMessage());
            return FAILURE;
        } catch (RuntimeException e) {
            err.println("ocop: internal error: " + e);
            if (System.getenv("OCOP_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAILURE;
        }
    }

    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private int usageError(String message) {
        err.println("ocop: " + message);
        usage(err);
        return BAD_INPUT;
    }

    private static void usage(PrintStream s) {
        s.println("usage: java -jar ocop.jar COMMAND [OPTIONS] [ARGS]");
        s.println();
        s.println("commands:");
        s.println("  score [--json] [--marker-policy POLICY] FILE...");
        s.println("        score each sheet (JSON); '-' reads sheets as JSON Lines from standard input.");
        s.println("        --json prints one JSON result per line; POLICY is HIGHEST_PASSING_LEVEL (default)");
        s.println("        or REPORT_ONLY.");
        s.println("  catalogue [--json] [SET]");
        s.println("        list editions, product categories, groups and criteria sets; with SET, that set in full.");
        s.println();
        s.println("exit status: 0 success, 2 bad input or usage, 1 internal failure");
    }

    /** A sheet to score: its JSON and where it came from. */
    private record Input(String source, String json) {
    }

    private int score(List<String> args) {
        boolean json = false;
        MarkerPolicy policy = MarkerPolicy.HIGHEST_PASSING_LEVEL;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--marker-policy" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--marker-policy needs a value: HIGHEST_PASSING_LEVEL or REPORT_ONLY");
                    }
                    String v = args.get(++i);
                    try {
                        policy = MarkerPolicy.valueOf(v);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("unknown marker policy '" + v
                                + "' (HIGHEST_PASSING_LEVEL or REPORT_ONLY)");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option '" + a + "' for score");
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("score needs at least one FILE (or '-' for JSON Lines on standard input)");
        }
        Scorer scorer = Ocop.scorer(ScoringOptions.defaults().withMarkerPolicy(policy));
        int status = OK;
        for (String file : files) {
            List<Input> inputs = new ArrayList<>();
            try {
                inputs.addAll(read(file));
            } catch (IOException e) {
                report(json, file, List.of(new SheetProblem("$", e instanceof NoSuchFileException
                        ? "no such file" : "cannot read: " + e.getMessage())));
                status = BAD_INPUT;
                continue;
            }
            for (Input input : inputs) {
                try {
                    ScoreResult r = scorer.scoreJson(input.json(), input.source());
                    if (json) {
                        out.println(OcopJson.write(r));
                    } else {
                        ResultTable.print(out, input.source(), r, scorer.catalogue());
                    }
                } catch (InvalidSheetException e) {
                    report(json, input.source(), e.problems());
                    status = BAD_INPUT;
                }
            }
        }
        return status;
    }

    private void report(boolean json, String source, List<SheetProblem> problems) {
        err.println("ocop: " + source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problems.forEach(p -> err.println("  " + p));
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("source", source);
            error.put("errors", problems);
            out.println(OcopJson.write(error));
        }
    }

    private List<Input> read(String file) throws IOException {
        List<Input> inputs = new ArrayList<>();
        if (file.equals("-")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    inputs.add(new Input("<stdin>:" + n, line));
                }
            }
            return inputs;
        }
        inputs.add(new Input(file, Files.readString(Path.of(file), StandardCharsets.UTF_8)));
        return inputs;
    }

    private int catalogue(List<String> args) {
        boolean json = args.remove("--json");
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("unknown option '" + a + "' for catalogue");
            }
        }
        if (args.size() > 1) {
            throw new UsageException("catalogue takes at most one criteria set");
        }
        Catalogue catalogue = Ocop.catalogue();
        if (args.size() == 1) {
            CriteriaSet set = catalogue.set(args.get(0)).orElse(null);
            if (set == null) {
                err.println("ocop: unknown criteria set '" + args.get(0) + "'; 'catalogue' lists them");
                return BAD_INPUT;
            }
            if (json) {
                out.println(OcopJson.write(set));
            } else {
                ResultTable.printSet(out, set);
            }
            return OK;
        }
        if (json) {
            out.println(OcopJson.write(CatalogueSummary.of(catalogue)));
            return OK;
        }
        for (Edition e : catalogue.editions()) {
            out.println(e.id() + "  " + e.act() + "  in force from " + e.effectiveFrom()
                    + (e.effectiveTo() == null ? "" : " to " + e.effectiveTo()) + "  (" + e.sets().size() + " criteria sets)");
            out.println("  parts: " + e.partMaxima().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(p -> p.getKey() + " " + p.getValue().toPlainString()).reduce((a, b) -> a + ", " + b).orElse(""));
            out.println("  star bands: " + e.bands().stream().map(b -> b.stars() + "★ " + b.from().toPlainString()
                    + (b.below() != null ? "–<" + b.below().toPlainString() : "–" + b.upTo().toPlainString()))
                    .reduce((a, b) -> a + ", " + b).orElse(""));
            for (ProductClass cat : e.classification()) {
                out.println("  " + cat.code() + "  " + cat.name() + label(cat.nameEn()));
                for (ProductClass g : cat.children()) {
                    out.println("    " + g.code() + "  " + g.name() + label(g.nameEn()));
                    for (ProductClass sg : g.children()) {
                        CriteriaSet s = e.set(sg.criteriaSet()).orElse(null);
                        out.println("      " + sg.code() + "  " + sg.name() + "  → " + sg.criteriaSet()
                                + (s == null ? "" : " (" + s.leaves().size() + " criteria)"));
                    }
                }
            }
        }
        return OK;
    }

    private static String label(String en) {
        return en.isEmpty() ? "" : " (" + en + ")";
    }

    static String points(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}
