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
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackReport;
import vn.ocop.pack.Packs;
import vn.ocop.result.ScoreResult;

/**
 * The {@code ocop} command line: {@code java -jar ocop-examples/target/ocop.jar COMMAND …}.
 *
 * <pre>
 * score [--json] [--edition E] [--marker-policy POLICY] FILE...   score sheets ('-': JSON Lines on stdin)
 * council [--json] [--edition E] [options] FILE...                score the sheets as one council
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
                case "council" -> council(rest);
                case "advise" -> advise(rest);
                case "report" -> report(rest);
                case "catalogue", "catalog" -> catalogue(rest);
                case "export-pack" -> exportPack(rest);
                case "validate" -> validate(rest);
                case "impact" -> impact(rest);
                default -> usageError("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usageError(e.getMessage());
        } catch (InvalidPackException e) {
            err.println("ocop: " + e.getMessage());
            return BAD_INPUT;
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
        s.println("  score [--json] [--edition E] [--marker-policy POLICY] FILE...");
        s.println("        score each sheet (JSON); '-' reads sheets as JSON Lines from standard input.");
        s.println("        --json prints one JSON result per line; POLICY is HIGHEST_PASSING_LEVEL (default)");
        s.println("        or REPORT_ONLY; --edition scores sheets that name no edition under E.");
        s.println("  council [--json] [--edition E] [--marker-policy POLICY] [--quorum N] [--max-spread P]");
        s.println("          [--spread-policy WARN|ERROR] [--marker-basis CRITERION_MEANS|EVERY_MEMBER] FILE...");
        s.println("        score the members' sheets (one per FILE, or JSON Lines on '-') as one council:");
        s.println("        the band applies to the mean total, markers to the per-criterion means.");
        s.println("  advise [--json] [--edition E] [--council] FILE...");
        s.println("        for each sheet below 5★, the fewest answer changes that reach each higher star level.");
        s.println("  report --html OUT.html [--council] [--edition E] FILE...");
        s.println("        a self-contained HTML page: the sheets (or the council) laid out like the official form.");
        s.println("  catalogue [--json] [--pack PACK] [SET]");
        s.println("        list editions, product categories, groups and criteria sets; with SET, that set in full.");
        s.println("  export-pack --edition E [--format csv|xlsx] DIR");
        s.println("        write national edition E as a pack a province can edit (DIR must be empty or missing).");
        s.println("  validate [--json] [--trust-drl] [--lang vi|en] PACK");
        s.println("        check a pack completely; prints every problem with file, line and cell (exit 1), or");
        s.println("        what the pack changes against the national edition (exit 0).");
        s.println("  impact --pack PACK [--json] [--trust-drl] [--edition E] FILE...");
        s.println("        score the sheets under the national edition and under the pack; whose stars change.");
        s.println();
        s.println("  score, council, advise and report also take --pack PACK (a pack folder, .jar or .zip) and");
        s.println("  --trust-drl (accept DRL files in the pack: they are Java code and run unsandboxed).");
        s.println();
        s.println("exit status: 0 success, 2 bad input or usage, 1 internal failure");
    }

    /** A sheet to score: its JSON and where it came from. */
    private record Input(String source, String json) {
    }

    /** The options of score and council, and the files. */
    private record Parsed(boolean json, ScoringOptions options, List<String> files, Path pack, boolean trustDrl) {
        /** The scorer: over the pack when one is given, else over the national criteria. */
        Scorer scorer() {
            return pack == null ? Ocop.scorer(options) : loadPack(pack, trustDrl).scorer(options);
        }
    }

    private static Pack loadPack(Path pack, boolean trustDrl) {
        return Packs.load(pack, PackOptions.defaults().withTrustDrl(trustDrl));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown value '" + value + "' for " + option + " ("
                    + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(" or ")) + ")");
        }
    }

    private static Parsed parse(String command, List<String> args, boolean council) {
        boolean json = false;
        boolean trustDrl = false;
        Path pack = null;
        ScoringOptions options = ScoringOptions.defaults();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
                continue;
            }
            if (a.equals("--trust-drl")) {
                trustDrl = true;
                continue;
            }
            if (a.equals("--pack")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--pack needs a pack folder, .jar or .zip");
                }
                pack = Path.of(args.get(++i));
                continue;
            }
            if (!a.startsWith("--") || a.equals("-")) {
                files.add(a);
                continue;
            }
            boolean councilOnly = a.equals("--quorum") || a.equals("--max-spread") || a.equals("--spread-policy")
                    || a.equals("--marker-basis");
            if (!List.of("--marker-policy", "--edition").contains(a) && !(council && councilOnly)) {
                throw new UsageException("unknown option '" + a + "' for " + command);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(a + " needs a value");
            }
            String v = args.get(++i);
            switch (a) {
                case "--marker-policy" -> options = options.withMarkerPolicy(choice(MarkerPolicy.class, a, v));
                case "--edition" -> options = options.withEdition(v);
                case "--spread-policy" -> options = options.withSpread(options.maxSpread(),
                        choice(vn.ocop.SpreadPolicy.class, a, v));
                case "--marker-basis" -> options = options.withMarkerBasis(choice(vn.ocop.MarkerBasis.class, a, v));
                case "--quorum" -> {
                    try {
                        options = options.withQuorum(Integer.parseInt(v));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--quorum needs a whole number of 1 or more: '" + v + "'");
                    }
                }
                default -> {
                    try {
                        options = options.withSpread(new BigDecimal(v), options.spreadPolicy());
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--max-spread needs a number of 0 or more: '" + v + "'");
                    }
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException(command + " needs at least one FILE (or '-' for JSON Lines on standard input)");
        }
        if (options.edition() != null && Ocop.catalogue().edition(options.edition()).isEmpty()) {
            throw new UsageException("unknown edition '" + options.edition() + "' for --edition (known: "
                    + Ocop.catalogue().editions().stream().map(Edition::id)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
        if (trustDrl && pack == null) {
            throw new UsageException("--trust-drl only applies with --pack");
        }
        return new Parsed(json, options, files, pack, trustDrl);
    }

    private int council(List<String> args) {
        Parsed p = parse("council", args, true);
        Map<String, String> members = new LinkedHashMap<>();
        List<SheetProblem> unreadable = new ArrayList<>();
        for (String file : p.files()) {
            try {
                for (Input input : read(file)) {
                    String source = input.source();
                    for (int n = 2; members.containsKey(source); n++) {
                        source = input.source() + " (" + n + ")";
                    }
                    members.put(source, input.json());
                }
            } catch (IOException e) {
                unreadable.add(new SheetProblem(file + " $", e instanceof NoSuchFileException ? "no such file"
                        : "cannot read: " + e.getMessage()));
            }
        }
        if (!unreadable.isEmpty()) {
            report(p.json(), "council", unreadable);
            return BAD_INPUT;
        }
        Scorer scorer = p.scorer();
        try {
            ScoreResult r = scorer.scoreCouncilJson(members);
            if (p.json()) {
                out.println(OcopJson.write(r));
            } else {
                ResultTable.print(out, "council of " + members.size() + " (" + String.join(", ", members.keySet()) + ")",
                        r, scorer.catalogue());
            }
            return OK;
        } catch (InvalidSheetException e) {
            report(p.json(), "council", e.problems());
            return BAD_INPUT;
        }
    }

    private int report(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        int at = rest.indexOf("--html");
        if (at < 0 || at + 1 >= rest.size()) {
            throw new UsageException("report needs --html OUT.html");
        }
        java.nio.file.Path target = java.nio.file.Path.of(rest.get(at + 1));
        rest.remove(at + 1);
        rest.remove(at);
        boolean council = rest.remove("--council");
        Parsed p = parse("report", rest, false);
        Scorer scorer = p.scorer();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String file : p.files()) {
            try {
                for (Input input : read(file)) {
                    inputs.put(input.source(), input.json());
                }
            } catch (IOException e) {
                report(false, file, List.of(new SheetProblem("$", e instanceof NoSuchFileException ? "no such file"
                        : "cannot read: " + e.getMessage())));
                return BAD_INPUT;
            }
        }
        List<HtmlReport.Section> sections = new ArrayList<>();
        try {
            if (council) {
                ScoreResult r = scorer.scoreCouncilJson(inputs);
                sections.add(new HtmlReport.Section("council of " + inputs.size(), r,
                        scorer.catalogue().set(r.criteriaSet()).orElseThrow(), null));
            } else {
                for (Map.Entry<String, String> e : inputs.entrySet()) {
                    vn.ocop.sheet.Sheet sheet = OcopJson.readSheet(e.getValue(), e.getKey());
                    ScoreResult r = scorer.score(sheet);
                    sections.add(new HtmlReport.Section(e.getKey(), r, scorer.catalogue().set(r.criteriaSet()).orElseThrow(),
                            scorer.advise(sheet, 1)));
                }
            }
        } catch (InvalidSheetException e) {
            report(false, e.source(), e.problems());
            return BAD_INPUT;
        }
        try {
            Files.writeString(target, HtmlReport.page("Kết quả đánh giá, phân hạng sản phẩm OCOP", sections),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("ocop: cannot write " + target + ": " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("ocop: wrote " + target);
        return OK;
    }

    private int advise(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        boolean council = rest.remove("--council");
        Parsed p = parse("advise", rest, false);
        Scorer scorer = p.scorer();
        if (council) {
            try {
                List<vn.ocop.sheet.Sheet> members = new ArrayList<>();
                for (String file : p.files()) {
                    for (Input input : read(file)) {
                        members.add(OcopJson.readSheet(input.json(), input.source()));
                    }
                }
                vn.ocop.result.Advice advice = scorer.adviseCouncil(members, 3);
                if (p.json()) {
                    out.println(OcopJson.write(advice));
                } else {
                    printAdvice("council of " + members.size(), advice);
                }
                return OK;
            } catch (IOException e) {
                report(p.json(), "council", List.of(new SheetProblem("$", "cannot read: " + e.getMessage())));
                return BAD_INPUT;
            } catch (InvalidSheetException e) {
                report(p.json(), e.source(), e.problems());
                return BAD_INPUT;
            }
        }
        int status = OK;
        for (String file : p.files()) {
            List<Input> inputs = new ArrayList<>();
            try {
                inputs.addAll(read(file));
            } catch (IOException e) {
                report(p.json(), file, List.of(new SheetProblem("$", e instanceof NoSuchFileException
                        ? "no such file" : "cannot read: " + e.getMessage())));
                status = BAD_INPUT;
                continue;
            }
            for (Input input : inputs) {
                try {
                    vn.ocop.result.Advice advice = scorer.advise(OcopJson.readSheet(input.json(), input.source()), 3);
                    if (p.json()) {
                        out.println(OcopJson.write(advice));
                    } else {
                        printAdvice(input.source(), advice);
                    }
                } catch (InvalidSheetException e) {
                    report(p.json(), input.source(), e.problems());
                    status = BAD_INPUT;
                }
            }
        }
        return status;
    }

    private void printAdvice(String source, vn.ocop.result.Advice advice) {
        out.println("== " + source);
        out.println("   " + advice.criteriaSet() + " · edition " + advice.edition() + " · now " + points(advice.total())
                + " points, " + advice.stars() + "★");
        if (advice.targets().isEmpty() && advice.unreachable().isEmpty()) {
            out.println("   already 5★: nothing to advise");
        }
        List<vn.ocop.result.Advice.Target> all = new ArrayList<>(advice.targets());
        all.addAll(advice.unreachable());
        all.sort(java.util.Comparator.comparingInt(vn.ocop.result.Advice.Target::stars));
        for (vn.ocop.result.Advice.Target t : all) {
            if (!t.reachable()) {
                out.println("   " + t.stars() + "★: " + t.reason());
                continue;
            }
            int n = 1;
            for (vn.ocop.result.Advice.Proposal pr : t.proposals()) {
                out.println("   " + t.stars() + "★" + (n == 1 ? "  " : " (alternative " + n + ")") + ": "
                        + pr.changes().size() + (pr.changes().size() == 1 ? " change" : " changes") + ", " + pr.rungs()
                        + (pr.rungs() == 1 ? " rung" : " rungs") + " → " + points(pr.totalAfter()) + " points, " + pr.starsAfter() + "★");
                for (vn.ocop.result.Advice.Change ch : pr.changes()) {
                    out.println("        " + ch.criterion() + ": option " + (ch.caseCode() == null ? "" : ch.caseCode() + ":")
                            + ch.option() + " (" + points(ch.points()) + " points) instead of option " + ch.fromOption()
                            + " (" + points(ch.fromPoints()) + ")");
                }
                n++;
            }
        }
        out.println();
    }

    private int score(List<String> args) {
        Parsed p = parse("score", args, false);
        boolean json = p.json();
        List<String> files = p.files();
        Scorer scorer = p.scorer();
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
        boolean trustDrl = args.remove("--trust-drl");
        Path pack = null;
        int at = args.indexOf("--pack");
        if (at >= 0) {
            if (at + 1 >= args.size()) {
                throw new UsageException("--pack needs a pack folder, .jar or .zip");
            }
            pack = Path.of(args.remove(at + 1));
            args.remove(at);
        }
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("unknown option '" + a + "' for catalogue");
            }
        }
        if (args.size() > 1) {
            throw new UsageException("catalogue takes at most one criteria set");
        }
        Catalogue catalogue = pack == null ? Ocop.catalogue() : loadPack(pack, trustDrl).catalogue();
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
                                + (s == null ? "" : " (" + s.leaves().size() + " criteria"
                                + (s.dataIssues().isEmpty() ? "" : ", " + s.dataIssues().size() + " source notes: see"
                                + " 'catalogue " + s.id() + "'") + ")"));
                    }
                }
            }
        }
        return OK;
    }

    private int exportPack(List<String> args) {
        String edition = null;
        String format = "csv";
        List<String> dirs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--edition") || a.equals("--format")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                if (a.equals("--edition")) {
                    edition = args.get(++i);
                } else {
                    format = args.get(++i);
                }
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option '" + a + "' for export-pack");
            } else {
                dirs.add(a);
            }
        }
        if (edition == null || dirs.size() != 1) {
            throw new UsageException("export-pack needs --edition E and one folder");
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new UsageException("--format must be csv or xlsx: '" + format + "'");
        }
        if (Ocop.catalogue().edition(edition).isEmpty()) {
            throw new UsageException("unknown edition '" + edition + "' (known: " + Ocop.catalogue().editions().stream()
                    .map(Edition::id).collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
        List<String> written = Packs.export(edition, Path.of(dirs.get(0)), format);
        err.println("ocop: wrote " + written.size() + (written.size() == 1 ? " file of " : " files of ") + edition + " to " + dirs.get(0)
                + " (start with " + written.get(0) + ")");
        return OK;
    }

    private int validate(List<String> args) {
        boolean json = args.remove("--json");
        boolean trustDrl = args.remove("--trust-drl");
        String lang = java.util.Locale.getDefault().getLanguage().equals("vi") ? "vi" : "en";
        int at = args.indexOf("--lang");
        if (at >= 0) {
            if (at + 1 >= args.size() || !List.of("vi", "en").contains(args.get(at + 1))) {
                throw new UsageException("--lang takes vi or en");
            }
            lang = args.get(at + 1);
            args.remove(at + 1);
            args.remove(at);
        }
        boolean vi = lang.equals("vi");
        java.util.Locale locale = vi ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH;
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("unknown option '" + a + "' for validate");
            }
        }
        if (args.size() != 1) {
            throw new UsageException("validate needs one pack: a folder, a .jar or .zip, or a pack.xlsx");
        }
        PackReport report = Packs.validate(Path.of(args.get(0)), PackOptions.defaults().withTrustDrl(trustDrl));
        if (json) {
            out.println(OcopJson.write(report));
        } else if (!report.valid()) {
            out.println(vi ? "gói " + report.location() + " KHÔNG hợp lệ: " + report.problems().size() + " lỗi"
                    : "pack " + report.location() + " is INVALID: " + report.problems().size()
                    + (report.problems().size() == 1 ? " problem" : " problems"));
            report.problems().forEach(pr -> out.println("  " + pr.toString(locale)));
        } else {
            out.println((vi ? "gói " + report.location() + " hợp lệ: " : "pack " + report.location() + " is valid: ")
                    + report.pack());
            report.warnings().forEach(w -> out.println((vi ? "  cảnh báo: " : "  warning: ") + w));
            out.println("  " + report.changes().size() + (vi ? " thay đổi so với bộ tiêu chí quốc gia "
                    : (report.changes().size() == 1 ? " change" : " changes") + " against the national edition ")
                    + report.pack().edition() + (report.changes().isEmpty() ? "" : ":"));
            report.changes().forEach(c -> out.println("    " + c));
        }
        return report.valid() ? OK : FAILURE;
    }

    private int impact(List<String> args) {
        Parsed p = parse("impact", args, false);
        if (p.pack() == null) {
            throw new UsageException("impact needs --pack PACK");
        }
        Pack pack = loadPack(p.pack(), p.trustDrl());
        Impact impact = new Impact(Ocop.scorer(p.options()), pack.scorer(p.options()), pack.info());
        int status = OK;
        for (String file : p.files()) {
            try {
                for (Input input : read(file)) {
                    impact.add(input.source(), input.json());
                }
            } catch (IOException e) {
                impact.unreadable(file, e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage());
                status = BAD_INPUT;
            }
        }
        if (p.json()) {
            out.println(OcopJson.write(impact.report()));
        } else {
            impact.print(out);
        }
        return status;
    }

    private static String label(String en) {
        return en.isEmpty() ? "" : " (" + en + ")";
    }

    static String points(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}
