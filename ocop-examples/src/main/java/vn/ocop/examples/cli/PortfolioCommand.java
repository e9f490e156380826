package vn.ocop.examples.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.ocop.Limit;
import vn.ocop.Limits;
import vn.ocop.SheetProblem;
import vn.ocop.json.OcopJson;
import vn.ocop.portfolio.Due;
import vn.ocop.portfolio.DueList;
import vn.ocop.portfolio.DueReason;
import vn.ocop.portfolio.PortfolioProduct;

/** {@code ocop portfolio}: rules over a province's recognised products. */
@Command(
        name = "portfolio",
        mixinStandardHelpOptions = true,
        description = "Rules over a portfolio of recognised products (JSON Lines, one product a line:"
                + " docs/portfolio.md).",
        subcommands = {
            PortfolioCommand.DueCommand.class,
            PortfolioCommand.PlanCommand.class,
            PortfolioCommand.StatsCommand.class,
            PortfolioCommand.DashboardCommand.class
        })
final class PortfolioCommand implements Callable<Integer> {
    @ParentCommand
    OcopCommand cli;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing command: choose due, plan, stats or dashboard");
    }

    /** The zone whose calendar day is "today" for a due list: OCOP dates are Vietnamese dates. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Reads a portfolio line by line; every problem is collected with its line.
     *
     * @return the products, or {@code null} after reporting the problems
     */
    List<PortfolioProduct> read(String file, boolean json) {
        sources.clear();
        List<PortfolioProduct> products = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        Limits limits = cli.limits();
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
            return table(file, json, limits);
        }
        try {
            Inputs.jsonLines(file, cli.in, limits, Limit.SHEET_BYTES, input -> {
                limits.check(Limit.PORTFOLIO_PRODUCTS, products.size() + problems.size() + 1L, file);
                if (input.problem() != null) {
                    SheetProblem p = input.problem();
                    problems.add(new SheetProblem(p.code(), input.source() + " " + p.path(), p.message()));
                    return;
                }
                List<SheetProblem> own = new ArrayList<>();
                PortfolioProduct product = OcopJson.readPortfolioProduct(input.json(), own);
                own.forEach(
                        p -> problems.add(new SheetProblem(p.code(), input.source() + " " + p.path(), p.message())));
                if (product != null) {
                    products.add(product);
                    sources.add(input.source());
                }
            });
        } catch (Inputs.UnreadableException e) {
            SheetProblem p = e.problem();
            problems.add(new SheetProblem(p.code(), file + " " + p.path(), p.message()));
        }
        if (!problems.isEmpty()) {
            cli.report(json, file.equals("-") ? "<stdin>" : file, problems);
            return null;
        }
        return products;
    }

    /** Where each product read from JSON Lines came from ({@code file:line}), by its position. */
    private final List<String> sources = new ArrayList<>();

    /**
     * Reports the problems the portfolio rules found in the products read, each at the line it came from
     * ({@code ben-tre.jsonl:3 $.recognitions[0].edition}) rather than at its position ({@code products[2]}).
     */
    void report(boolean json, String name, List<SheetProblem> problems) {
        java.util.regex.Pattern at = java.util.regex.Pattern.compile("^products\\[(\\d+)\\] ");
        cli.report(
                json,
                name,
                problems.stream()
                        .map(p -> {
                            java.util.regex.Matcher m = at.matcher(p.path());
                            if (!m.find()) {
                                return p;
                            }
                            int i = Integer.parseInt(m.group(1));
                            return i < sources.size()
                                    ? new SheetProblem(
                                            p.code(),
                                            sources.get(i) + " " + p.path().substring(m.end()),
                                            p.message())
                                    : p;
                        })
                        .toList());
    }

    /**
     * Reads a plan; its problems are reported with their paths.
     *
     * @return the plan, or {@code null} after reporting its problems
     */
    vn.ocop.portfolio.Plan readPlan(String planFile, Common common) {
        if (planFile.equals("-") && common.file.equals("-")) {
            throw new CommandLine.ParameterException(
                    common.spec.commandLine(), "the portfolio and the plan cannot both come from standard input");
        }
        String planName = planFile.equals("-") ? "<stdin>" : planFile;
        try {
            String text = Inputs.document(planFile, cli.in, cli.limits(), Limit.SHEET_BYTES);
            List<SheetProblem> problems = new ArrayList<>();
            vn.ocop.portfolio.Plan plan = OcopJson.readPlan(text, problems);
            if (plan == null) {
                cli.report(
                        common.json,
                        planName,
                        problems.stream().map(p -> p.at(0, planName + " ")).toList());
            }
            return plan;
        } catch (Inputs.UnreadableException e) {
            cli.report(common.json, planName, List.of(e.problem().at(0, planName + " ")));
            return null;
        }
    }

    /**
     * A portfolio kept as a table an officer edits: one row per recognition, the contract's names as column
     * headings; every problem named by its cell.
     *
     * @return the products, or {@code null} after reporting the problems
     */
    private List<PortfolioProduct> table(String file, boolean json, Limits limits) {
        List<SheetProblem> problems = new ArrayList<>();
        List<PortfolioProduct> products = List.of();
        try {
            products = vn.ocop.Ocop.readPortfolioTable(
                    file, Inputs.bytes(file, cli.in, limits, Limit.PACK_FILE_BYTES), limits, problems);
        } catch (Inputs.UnreadableException e) {
            problems.add(e.problem().at(0, file + " "));
        } catch (vn.ocop.LimitExceededException e) {
            problems.add(new SheetProblem(SheetProblem.Code.LIMIT_EXCEEDED, file, e.getMessage()));
        }
        if (!problems.isEmpty()) {
            cli.report(
                    json,
                    file,
                    problems.stream()
                            .map(p -> p.path().startsWith(file) ? p : p.at(0, file + " "))
                            .toList());
            return null;
        }
        return products;
    }

    /** The date an option names, or today in Việt Nam; a usage error otherwise. */
    static LocalDate date(String asOf, CommandLine.Model.CommandSpec spec) {
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now(VIETNAM) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--as-of needs a date such as 2026-12-02: '" + ResultTable.shorten(asOf, 30) + "'");
        }
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--as-of must lie between 1900-01-01 and 2200-12-31: " + date);
        }
        return date;
    }

    /** How many entries of a list the text output shows. */
    static final int SHOWN = 12;

    private static String more(int size) {
        return size > SHOWN ? ", … and " + (size - SHOWN) + " more (--json lists all)" : "";
    }

    /** {@code --within}: the expiry window of a due list. */
    static final class Window {
        @Option(
                names = "--within",
                paramLabel = "MONTHS",
                defaultValue = "6",
                description = "Certificates expiring within this many months are due (default ${DEFAULT-VALUE}).")
        int within;

        @Spec(Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        /** @return the window in months; a usage error outside 0 to 1200 */
        int months() {
            if (within < 0 || within > 1200) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--within needs a number of months from 0 to 1200: " + within);
            }
            return within;
        }
    }

    /** @return where a target counts, "province / district / commune" as far as it names them ("" for anywhere) */
    static String where(vn.ocop.portfolio.Locality l) {
        return java.util.stream.Stream.of(l.province(), l.district(), l.commune())
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    /** What every portfolio command takes: the portfolio, the date, and JSON. */
    static final class Common {
        @Option(names = "--json", description = "Print JSON: one object (docs/portfolio.md).")
        boolean json;

        @Option(
                names = "--as-of",
                paramLabel = "DATE",
                description = "The date, such as 2026-12-02 (default: today in Việt Nam).")
        String asOf;

        @Parameters(
                index = "0",
                paramLabel = "PORTFOLIO",
                description = "The portfolio: JSON Lines, or '-'; or a table (.xlsx, .csv) with one row per"
                        + " recognition (docs/portfolio.md).")
        String file;

        @Spec(Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        /** @return the date asked about */
        LocalDate date() {
            return PortfolioCommand.date(asOf, spec);
        }

        /** @return the portfolio's name in messages */
        String name() {
            return file.equals("-") ? "<stdin>" : file;
        }
    }

    /** {@code ocop portfolio stats}. */
    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = {
                "A portfolio's statistics on a date: the products holding a valid certificate, counted by stars,"
                        + " category, province, commune and edition; every recognition by year; the products"
                        + " re-evaluated up, down or to the same stars, and those that lost their stars.",
                "PORTFOLIO is JSON Lines, or '-' for standard input."
            })
    static final class StatsCommand implements Callable<Integer> {
        @ParentCommand
        PortfolioCommand portfolio;

        @picocli.CommandLine.Mixin
        Common common;

        /** The national rules, or a pack's with its trusted portfolio rules layered over them. */
        @picocli.CommandLine.Mixin
        Options.PackChoice pack;

        @Override
        public Integer call() {
            LocalDate date = common.date();
            List<PortfolioProduct> products = portfolio.read(common.file, common.json);
            if (products == null) {
                return OcopCommand.BAD_INPUT;
            }
            vn.ocop.portfolio.PortfolioStats s;
            try {
                s = pack.scorer(vn.ocop.ScoringOptions.defaults()).stats(products, date);
            } catch (vn.ocop.portfolio.InvalidPortfolioException e) {
                portfolio.report(common.json, common.name(), e.problems());
                return OcopCommand.BAD_INPUT;
            }
            var out = portfolio.cli.out;
            if (common.json) {
                out.println(OcopJson.write(s));
                return OcopCommand.OK;
            }
            out.println("portfolio " + ResultTable.safe(common.name()) + ": " + s.products() + " products, "
                    + s.recognised() + " holding a valid certificate on " + s.asOf());
            // a terminal shows the first SHOWN entries of each list; --json gives them all
            s.counts()
                    .forEach((key, counts) -> out.println("   by " + key + ": "
                            + counts.entrySet().stream()
                                    .limit(SHOWN)
                                    .map(e -> ResultTable.safe(e.getKey()) + " " + e.getValue())
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + more(counts.size())));
            var c = s.changes();
            List<String> lost = c.lost().subList(0, Math.min(SHOWN, c.lost().size()));
            out.println("   re-evaluated: up " + c.up().size() + ", same "
                    + c.same().size() + ", down "
                    + c.down().size() + "; lost their stars: " + c.lost().size()
                    + (lost.isEmpty()
                            ? ""
                            : " (" + ResultTable.safe(String.join(", ", lost))
                                    + more(c.lost().size()) + ")"));
            return OcopCommand.OK;
        }
    }

    /** {@code ocop portfolio due}. */
    @Command(
            name = "due",
            mixinStandardHelpOptions = true,
            description = {
                "What is due on a date: certificates expiring within the window (EXPIRING), re-evaluation filing"
                        + " windows open (REEVALUATION_WINDOW_OPEN), late filers in the 180-day grace (IN_GRACE),"
                        + " lapsed certificates (LAPSED), products recognised under an earlier edition"
                        + " (EDITION_CHANGE). Only each product's latest recognition counts.",
                "PORTFOLIO is JSON Lines, or '-' for standard input."
            })
    static final class DueCommand implements Callable<Integer> {
        @ParentCommand
        PortfolioCommand portfolio;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Common common;

        /** The national rules, or a pack's with its trusted portfolio rules layered over them. */
        @picocli.CommandLine.Mixin
        Options.PackChoice pack;

        @picocli.CommandLine.Mixin
        Window window;

        @Override
        public Integer call() {
            LocalDate date = common.date();
            int within = window.months();
            List<PortfolioProduct> products = portfolio.read(common.file, common.json);
            if (products == null) {
                return OcopCommand.BAD_INPUT;
            }
            DueList list;
            try {
                list = pack.scorer(vn.ocop.ScoringOptions.defaults()).due(products, date, within);
            } catch (vn.ocop.portfolio.InvalidPortfolioException e) {
                portfolio.report(common.json, common.name(), e.problems());
                return OcopCommand.BAD_INPUT;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (common.json) {
                portfolio.cli.out.println(OcopJson.write(list));
                return OcopCommand.OK;
            }
            var out = portfolio.cli.out;
            out.println("portfolio " + ResultTable.safe(common.name()) + ": " + list.products() + " products, as of "
                    + list.asOf() + " (" + list.edition() + " in force), expiry window " + list.within()
                    + " months");
            Map<DueReason, List<Due>> byReason = new TreeMap<>();
            list.due()
                    .forEach(d -> byReason.computeIfAbsent(d.reason(), k -> new ArrayList<>())
                            .add(d));
            if (byReason.isEmpty()) {
                out.println("   nothing is due");
            }
            byReason.forEach((reason, items) -> {
                out.println("   " + reason + " (" + items.size() + ")");
                for (Due d : items) {
                    out.println("      " + ResultTable.safe(d.id()) + "  " + d.stars() + "★  expires " + d.expires()
                            + (d.certificate() == null ? "" : "  certificate " + ResultTable.safe(d.certificate()))
                            + "  " + d.detail());
                }
            });
            return OcopCommand.OK;
        }
    }

    /** {@code ocop portfolio plan}. */
    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = {
                "A plan's progress on a date: for each target (new products, products held, re-evaluations,"
                        + " upgrades, products in each commune listed, per locality and year), its goal, what the"
                        + " portfolio achieves, and whether it is met, partly met or not met.",
                "PORTFOLIO is JSON Lines, or '-' for standard input; PLAN is a JSON plan (docs/portfolio.md)."
            })
    static final class PlanCommand implements Callable<Integer> {
        @ParentCommand
        PortfolioCommand portfolio;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Common common;

        /** The national rules, or a pack's with its trusted portfolio rules layered over them. */
        @picocli.CommandLine.Mixin
        Options.PackChoice pack;

        @Parameters(index = "1", paramLabel = "PLAN", description = "The plan (JSON), or '-'.")
        String planFile;

        @Override
        public Integer call() {
            LocalDate date = common.date();
            OcopCommand cli = portfolio.cli;
            String planName = planFile.equals("-") ? "<stdin>" : planFile;
            vn.ocop.portfolio.Plan plan = portfolio.readPlan(planFile, common);
            if (plan == null) {
                return OcopCommand.BAD_INPUT;
            }
            List<PortfolioProduct> products = portfolio.read(common.file, common.json);
            if (products == null) {
                return OcopCommand.BAD_INPUT;
            }
            vn.ocop.portfolio.PlanProgress progress;
            try {
                progress = pack.scorer(vn.ocop.ScoringOptions.defaults()).plan(products, plan, date);
            } catch (vn.ocop.portfolio.InvalidPortfolioException e) {
                portfolio.report(common.json, common.name(), e.problems());
                return OcopCommand.BAD_INPUT;
            }
            var out = cli.out;
            if (common.json) {
                out.println(OcopJson.write(progress));
                return OcopCommand.OK;
            }
            out.println("plan " + ResultTable.safe(progress.plan() == null ? planName : progress.plan()) + " against "
                    + ResultTable.safe(common.name()) + " (" + progress.products() + " products), as of "
                    + progress.asOf());
            for (vn.ocop.portfolio.PlanProgress.Progress g : progress.targets()) {
                vn.ocop.portfolio.PlanTarget t = g.target();
                String where = PortfolioCommand.where(t.locality());
                String status =
                        g.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                out.println("   " + ResultTable.safe(t.id()) + "  " + t.year() + " " + t.measure() + " " + t.stars()
                        + "★+"
                        + (t.measure() == vn.ocop.portfolio.PlanMeasure.EACH_COMMUNE
                                ? " (" + t.count() + " in each commune)"
                                : "")
                        + (where.isEmpty() ? "" : " in " + ResultTable.safe(where)) + ": " + g.achieved() + " of "
                        + g.goal() + ", " + status
                        + (g.closed() && g.status() != vn.ocop.portfolio.PlanProgress.Status.MET
                                ? " (missed: " + t.year() + " has ended)"
                                : ""));
                if (!g.byCommune().isEmpty()) {
                    out.println("      by commune: "
                            + g.byCommune().entrySet().stream()
                                    .limit(SHOWN)
                                    .map(e -> ResultTable.safe(e.getKey()) + " " + e.getValue())
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + more(g.byCommune().size()));
                }
            }
            return OcopCommand.OK;
        }
    }

    /** {@code ocop portfolio dashboard}. */
    @Command(
            name = "dashboard",
            mixinStandardHelpOptions = true,
            description = {
                "A self-contained HTML page of a portfolio on a date: what is due, the plan's progress per target"
                        + " and commune (with --plan), and the recognised products' stars by category, province"
                        + " and commune.",
                "PORTFOLIO is JSON Lines, or '-' for standard input."
            })
    static final class DashboardCommand implements Callable<Integer> {
        @ParentCommand
        PortfolioCommand portfolio;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Common common;

        /** The national rules, or a pack's with its trusted portfolio rules layered over them. */
        @picocli.CommandLine.Mixin
        Options.PackChoice pack;

        @Option(names = "--html", required = true, paramLabel = "OUT.html", description = "The page to write.")
        java.nio.file.Path target;

        @Option(names = "--plan", paramLabel = "PLAN", description = "A plan (JSON) whose progress the page shows.")
        String planFile;

        @picocli.CommandLine.Mixin
        Window window;

        @Override
        public Integer call() {
            LocalDate date = common.date();
            int within = window.months();
            OcopCommand cli = portfolio.cli;
            vn.ocop.portfolio.Plan plan = null;
            if (common.json) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--json does not apply to dashboard: the page is HTML (--html OUT.html)");
            }
            if (planFile != null) {
                plan = portfolio.readPlan(planFile, common);
                if (plan == null) {
                    return OcopCommand.BAD_INPUT;
                }
            }
            List<PortfolioProduct> products = portfolio.read(common.file, common.json);
            if (products == null) {
                return OcopCommand.BAD_INPUT;
            }
            vn.ocop.Scorer scorer = pack.scorer(vn.ocop.ScoringOptions.defaults());
            String page;
            try {
                Map<String, String> names = new java.util.HashMap<>();
                products.forEach(p -> names.put(p.id(), p.name() == null ? "" : p.name()));
                page = PortfolioDashboard.page(
                        common.name(),
                        scorer.due(products, date, within),
                        scorer.stats(products, date),
                        plan == null ? null : scorer.plan(products, plan, date),
                        names);
            } catch (vn.ocop.portfolio.InvalidPortfolioException e) {
                portfolio.report(common.json, common.name(), e.problems());
                return OcopCommand.BAD_INPUT;
            }
            try {
                java.nio.file.Files.writeString(target, page, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                cli.err.println("ocop: cannot write " + target + ": " + e.getMessage());
                return OcopCommand.BAD_INPUT;
            }
            cli.err.println("ocop: wrote " + target);
            return OcopCommand.OK;
        }
    }
}
