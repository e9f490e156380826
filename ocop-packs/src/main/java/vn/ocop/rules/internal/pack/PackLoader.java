package vn.ocop.rules.internal.pack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackInfo;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackProblem;
import vn.ocop.rules.internal.files.Csv;
import vn.ocop.rules.internal.files.RuleFiles;
import vn.ocop.rules.internal.files.RuleWriter;

/**
 * Reads and checks a pack: its manifest, the tables the manifest names, and the composition of the pack's
 * edition. Everything is checked before anything is compiled, and every problem is collected. The pack's
 * tables are data: their cells are read into typed catalogue records, and the rules are written from those
 * records by the library's {@link RuleWriter}; nothing of the pack reaches the Drools compiler but checked
 * values, except trusted DRL files. See {@code docs/packs.md} and {@code docs/security.md}.
 *
 * <p>The steps: {@link #inventory} (which files the pack holds and which it may hold), {@link #manifest},
 * {@link #bands}, {@link #sets}, {@link #compose}, {@link #drl}, and the pack's hash.
 */
final class PackLoader {
    static final String MANIFEST = "pack.csv";
    static final String WORKBOOK = "pack.xlsx";
    /** Worksheets of {@code pack.xlsx} with a fixed role. */
    static final String MANIFEST_SHEET = "Pack";

    static final String GUIDE_SHEET = "Hướng dẫn - How to edit";
    static final String CLASSIFICATION_SHEET = "Classification";
    static final String COMMON_PACKAGE = "vn.ocop.rules.common";
    /** The most rules a pack's sets may make together: compiling them is the cost of loading a pack. */
    static final int MAX_RULES = 6_000;
    /** The packages the library gives a pack's rules. */
    static final String PACKAGE_PREFIX = "vn.ocop.pack.";

    /** A table of the pack: a CSV file, the first worksheet of a workbook file, or a worksheet of pack.xlsx. */
    record Table(String file, String name, List<Csv.Row> rows) {}

    /** A set of the pack: the manifest row that names it, the set, its rules, and whether they differ. */
    record SetFile(
            String action,
            String code,
            String file,
            Csv.Row manifestRow,
            CriteriaSet set,
            String rulePackage,
            String drl,
            boolean changed,
            List<Csv.Row> rows) {}

    /** A DRL file of the pack, trusted, applied to one set or (set {@code null}) to every set. */
    record DrlFile(String file, String text, String rulePackage, String set) {}

    /** What the reading produced; {@code problems} empty means the pack can be compiled. */
    record Reading(
            PackInfo info,
            Edition national,
            Edition edition,
            String bandFile,
            String bandPackage,
            String bandDrl,
            boolean bandsChanged,
            List<SetFile> sets,
            List<DrlFile> drl,
            List<PackProblem> problems,
            List<String> warnings) {}

    private final PackFiles files;
    private final PackOptions options;
    private final Catalogue national;
    private final Function<String, String> nationalText;
    private final List<PackProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** The manifest's file: pack.csv or pack.xlsx. */
    private String manifestFile = MANIFEST;
    /** The worksheets of pack.xlsx, when the pack is a workbook. */
    private Map<String, List<Csv.Row>> sheets;

    private final Set<String> named = new LinkedHashSet<>();

    PackLoader(PackFiles files, PackOptions options, Catalogue national, Function<String, String> nationalText) {
        this.files = files;
        this.options = options;
        this.national = national;
        this.nationalText = nationalText;
        this.problems.addAll(files.problems());
    }

    static Reading read(Path pack, PackOptions options, Catalogue national, Function<String, String> nationalText) {
        return new PackLoader(PackFiles.read(pack, options.limits()), options, national, nationalText).read();
    }

    private void problem(String file, Csv.Row row, int column, String message) {
        problems.add(new PackProblem(
                file, row == null ? 0 : row.line(), row == null || column < 0 ? null : row.cellName(column), message));
    }

    private void problem(RuleFileException e) {
        problems.add(new PackProblem(e.file(), e.line(), e.cell(), stripLocation(e)));
    }

    /** The message of a RuleFileException without the location prefix it adds. */
    static String stripLocation(RuleFileException e) {
        String m = e.getMessage();
        int colon = m.indexOf("): ");
        if (e.cell() != null && colon >= 0) {
            return m.substring(colon + 3);
        }
        String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /** The manifest's rows, by kind. */
    private static final class Manifest {
        final Map<String, Csv.Row> props = new LinkedHashMap<>();
        final List<Csv.Row> setRows = new ArrayList<>();
        final List<Csv.Row> ruleRows = new ArrayList<>();
        Csv.Row bandsRow;
    }

    private Reading read() {
        List<Csv.Row> manifestRows = manifestRows();
        Manifest m = manifest(manifestRows);
        inventory(m);
        BigDecimal scale = scale(m);
        Csv.Row editionRow = m.props.get("Edition");
        Edition base =
                editionRow == null ? null : national.edition(editionRow.cell(1)).orElse(null);
        if (editionRow != null && !editionRow.cell(1).isEmpty() && base == null) {
            problem(
                    manifestFile,
                    editionRow,
                    1,
                    "unknown edition '" + editionRow.cell(1) + "' (known: "
                            + String.join(
                                    ", ",
                                    national.editions().stream()
                                            .map(Edition::id)
                                            .toList()) + ")");
        }
        if (base == null) {
            throw new InvalidPackException(files.location(), problems);
        }
        Edition packEdition = null;
        String bandPackage = vn.ocop.rules.internal.ClasspathRules.rulePackage(base.file());
        String bandDrl = null;
        boolean bandsChanged = false;
        if (m.bandsRow != null) {
            packEdition = bands(m.bandsRow, base, scale);
            if (packEdition != null) {
                bandPackage = PACKAGE_PREFIX + "bands";
                try {
                    bandDrl = RuleWriter.bands(bandPackage, packEdition);
                    bandsChanged = !bandDrl.equals(RuleWriter.bands(bandPackage, base));
                } catch (IllegalArgumentException e) {
                    problems.add(new PackProblem(
                            m.bandsRow.cell(1), 0, null, "the star bands cannot be written: " + e.getMessage()));
                }
            }
        } else if (scale.compareTo(RuleFiles.SCALE) != 0) {
            problem(
                    manifestFile,
                    m.props.get("Scale"),
                    1,
                    "the pack declares scale " + scale.toPlainString() + ", so it needs its own star bands over 0–"
                            + scale.toPlainString() + " (a Bands row)");
        }
        List<SetFile> sets = sets(m, base, scale);
        long compiled = sets.stream()
                .filter(SetFile::changed)
                .mapToLong(f -> f.drl().split("\nrule ", -1).length - 1)
                .sum();
        if (compiled > MAX_RULES) {
            problems.add(new PackProblem(
                    manifestFile,
                    0,
                    null,
                    "the pack's sets would make " + compiled + " rules to"
                            + " compile; a pack may make at most " + MAX_RULES + " (the rules of 26/2026 number 3,573):"
                            + " replace only the sets that change"));
        }
        Edition edition = compose(base, packEdition, sets, scale, m.props.get("Scale"));
        List<DrlFile> drl = drl(m, edition);
        classification(base);
        String name = m.props.containsKey("Pack") ? m.props.get("Pack").cell(1) : "?";
        String version = m.props.containsKey("Version") ? m.props.get("Version").cell(1) : "?";
        PackInfo info = new PackInfo(name, version, hash(), base.id());
        return new Reading(
                info,
                base,
                edition,
                m.bandsRow == null ? null : m.bandsRow.cell(1),
                bandPackage,
                bandDrl,
                bandsChanged,
                sets,
                drl,
                problems,
                warnings);
    }

    /** The rows of pack.csv, or of the Pack sheet of pack.xlsx. */
    private List<Csv.Row> manifestRows() {
        byte[] csv = files.bytes(MANIFEST);
        byte[] workbook = files.bytes(WORKBOOK);
        if (csv == null && workbook == null) {
            problems.add(new PackProblem(
                    MANIFEST,
                    0,
                    null,
                    "the pack has no " + MANIFEST + " manifest, nor a " + WORKBOOK + " workbook with a '"
                            + MANIFEST_SHEET + "' sheet (ocop.jar export-pack writes either)"));
            throw new InvalidPackException(files.location(), problems);
        }
        if (csv != null && workbook != null) {
            problems.add(new PackProblem(
                    WORKBOOK,
                    0,
                    null,
                    "the pack holds both " + MANIFEST + " and " + WORKBOOK + ": keep one of the two forms"));
        }
        if (csv != null) {
            named.add(MANIFEST);
            try {
                return clean(MANIFEST, Csv.parse(MANIFEST, utf8(MANIFEST, csv), cellLimit()));
            } catch (RuleFileException e) {
                problem(e);
                throw new InvalidPackException(files.location(), problems);
            }
        }
        manifestFile = WORKBOOK;
        named.add(WORKBOOK);
        Workbooks.Sheets read = Workbooks.read(WORKBOOK, workbook, options.limits());
        problems.addAll(read.problems());
        sheets = read.sheets();
        if (sheets.isEmpty() && !read.problems().isEmpty()) {
            throw new InvalidPackException(files.location(), problems);
        }
        List<Csv.Row> rows = sheets.get(MANIFEST_SHEET);
        if (rows != null) {
            rows = clean(WORKBOOK, rows);
        }
        if (rows == null) {
            problems.add(
                    new PackProblem(
                            WORKBOOK,
                            0,
                            null,
                            "the workbook has no '" + MANIFEST_SHEET + "' sheet"
                                    + " naming the pack, its edition and its sheets (ocop.jar export-pack --format xlsx writes one)"));
            throw new InvalidPackException(files.location(), problems);
        }
        return rows;
    }

    private Manifest manifest(List<Csv.Row> rows) {
        Manifest m = new Manifest();
        for (Csv.Row row : rows) {
            String key = row.cell(0);
            if (row.isBlank() || key.startsWith("#")) {
                continue;
            }
            switch (key) {
                case "Pack", "Version", "Edition", "Scale", "Description" -> {
                    if (m.props.put(key, row) != null) {
                        problem(manifestFile, row, 0, "'" + key + "' is given twice");
                    }
                    if (!key.equals("Description") && row.cell(1).isEmpty()) {
                        problem(manifestFile, row, 1, "'" + key + "' needs a value");
                    }
                    extraCells(row, 2);
                }
                case "Replace", "Add" -> {
                    if (row.cell(1).isEmpty()) {
                        problem(manifestFile, row, 1, "'" + key + "' needs the criteria set's code");
                    } else if (table(row, 2, true)) {
                        m.setRows.add(row);
                    }
                    extraCells(row, 3);
                }
                case "Bands" -> {
                    if (m.bandsRow != null) {
                        problem(manifestFile, row, 0, "'Bands' is given twice (on line " + m.bandsRow.line() + " too)");
                    } else if (table(row, 1, true)) {
                        m.bandsRow = row;
                    }
                    extraCells(row, 2);
                }
                case "Rules" -> {
                    if (table(row, 1, false)) {
                        m.ruleRows.add(row);
                    }
                    extraCells(row, 3);
                }
                default ->
                    problem(
                            manifestFile,
                            row,
                            0,
                            "unknown row '" + key + "' (expected Pack, Version, Edition,"
                                    + " Scale, Description, Replace, Add, Bands or Rules; a row starting with # is a comment)");
            }
        }
        for (String key : List.of("Pack", "Version", "Edition")) {
            if (!m.props.containsKey(key)) {
                problems.add(new PackProblem(
                        manifestFile,
                        0,
                        null,
                        "no '" + key + "' row"
                                + switch (key) {
                                    case "Pack" -> " names the pack";
                                    case "Version" -> " gives the pack's version";
                                    default -> " names the national edition the pack is layered over";
                                }));
            }
        }
        return m;
    }

    private void extraCells(Csv.Row row, int width) {
        for (int c = width; c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                problem(
                        manifestFile,
                        row,
                        c,
                        "a '" + row.cell(0) + "' row has " + (width - 1) + " value cells; leave" + " this one empty");
                return;
            }
        }
    }

    /**
     * A table named on a manifest row: a file of the pack (or, in pack.xlsx, a worksheet) that exists and
     * stays inside the pack.
     */
    private boolean table(Csv.Row row, int column, boolean tableExpected) {
        String ref = row.cell(column);
        if (ref.isEmpty()) {
            problem(
                    manifestFile,
                    row,
                    column,
                    "'" + row.cell(0) + "' needs "
                            + (sheets != null && tableExpected ? "a sheet name" : "a file, relative to the pack"));
            return false;
        }
        if (sheets != null && tableExpected) {
            if (!sheets.containsKey(ref)) {
                problem(
                        manifestFile,
                        row,
                        column,
                        "the workbook has no sheet '" + ref + "' (its sheets: " + String.join(", ", sheets.keySet())
                                + ")");
                return false;
            }
            named.add(WORKBOOK + "#" + ref);
            return true;
        }
        if (!PackFiles.safe(ref)) {
            problem(
                    manifestFile,
                    row,
                    column,
                    "file '" + ref + "' is not inside the pack: name files relative to the"
                            + " pack folder, without .. or a leading /");
            return false;
        }
        if (!files.has(ref)) {
            problem(manifestFile, row, column, "file " + ref + " is not in the pack");
            return false;
        }
        named.add(ref);
        return true;
    }

    /** Every file (and worksheet) of the pack must be named by the manifest; DRL needs trust. */
    private void inventory(Manifest m) {
        for (String name : files.names()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".drl") && !options.trustDrl()) {
                problems.add(new PackProblem(
                        name,
                        0,
                        null,
                        "DRL file refused: DRL rules are Java code that runs with"
                                + " the application's rights, and the JDK offers no sandbox for it; load the pack with"
                                + " --trust-drl (PackOptions.withTrustDrl(true)) only if you trust its author as you trust"
                                + " your own code, or express the change in the pack's tables"));
            } else if (!named.contains(name)) {
                problems.add(
                        new PackProblem(
                                name,
                                0,
                                null,
                                "file not named in " + manifestFile + ": a pack holds only"
                                        + " the files its manifest names (Replace, Add, Bands or Rules rows); remove it from the pack"));
            }
        }
        if (sheets != null) {
            for (String sheet : sheets.keySet()) {
                if (!sheet.equals(MANIFEST_SHEET)
                        && !sheet.equals(GUIDE_SHEET)
                        && !sheet.equals(CLASSIFICATION_SHEET)
                        && !named.contains(WORKBOOK + "#" + sheet)) {
                    problems.add(new PackProblem(
                            WORKBOOK,
                            0,
                            null,
                            "sheet '" + sheet + "' is not named in the '" + MANIFEST_SHEET
                                    + "' sheet: add a Replace or Add row for it, or delete the sheet"));
                }
            }
        }
    }

    private BigDecimal scale(Manifest m) {
        Csv.Row scaleRow = m.props.get("Scale");
        if (scaleRow == null || scaleRow.cell(1).isEmpty()) {
            return RuleFiles.SCALE;
        }
        try {
            BigDecimal scale = vn.ocop.rules.internal.files.Cells.decimal(manifestFile, scaleRow, 1, "the scale");
            if (scale.signum() > 0) {
                return scale;
            }
            problem(manifestFile, scaleRow, 1, "the scale must be above 0: " + scaleRow.cell(1));
        } catch (RuleFileException e) {
            problem(e);
        }
        return RuleFiles.SCALE;
    }

    private long cellLimit() {
        return options.limits().get(vn.ocop.Limit.TABLE_CELLS);
    }

    /** The rows of a table named on a manifest row (already checked to exist), or {@code null} after a problem. */
    private Table rows(String ref) {
        if (sheets != null && sheets.containsKey(ref)) {
            return new Table(WORKBOOK, ref, clean(WORKBOOK, sheets.get(ref)));
        }
        String lower = ref.toLowerCase(Locale.ROOT);
        byte[] bytes = files.bytes(ref);
        if (lower.endsWith(".csv")) {
            try {
                return new Table(ref, ref, clean(ref, Csv.parse(ref, utf8(ref, bytes), cellLimit())));
            } catch (RuleFileException e) {
                problem(e);
                return null;
            }
        }
        if (lower.endsWith(".xlsx")) {
            Workbooks.Sheets read = Workbooks.read(ref, bytes, options.limits());
            problems.addAll(read.problems());
            if (read.sheets().isEmpty()) {
                return null;
            }
            if (read.sheets().size() > 1) {
                problems.add(new PackProblem(
                        ref,
                        0,
                        null,
                        "a workbook named in " + MANIFEST + " holds one table, but"
                                + " this one has sheets "
                                + String.join(", ", read.sheets().keySet()) + ": keep the table's"
                                + " sheet only, or use pack.xlsx, whose Pack sheet names each sheet"));
                return null;
            }
            return new Table(
                    ref, ref, clean(ref, read.sheets().values().iterator().next()));
        }
        problems.add(new PackProblem(
                ref, 0, null, "a table of a pack is a .csv file or a worksheet of an .xlsx" + " workbook"));
        return null;
    }

    /** The pack's edition file: its star bands, part maxima and procedure replace the national edition's. */
    private Edition bands(Csv.Row bandsRow, Edition base, BigDecimal scale) {
        Table t = rows(bandsRow.cell(1));
        if (t == null) {
            return null;
        }
        List<RuleFileException> soft = new ArrayList<>();
        try {
            Edition packEdition = RuleFiles.readEdition(t.file(), t.rows(), null, rel -> null, scale, soft);
            soft.forEach(this::problem);
            if (!packEdition.id().equals(base.id())) {
                problem(
                        t.file(),
                        null,
                        -1,
                        "the table is edition " + packEdition.id() + ", but the manifest layers" + " the pack over "
                                + base.id());
            }
            return packEdition;
        } catch (RuleFileException e) {
            problem(e);
            return null;
        }
    }

    private List<SetFile> sets(Manifest m, Edition base, BigDecimal scale) {
        List<SetFile> sets = new ArrayList<>();
        Map<String, Csv.Row> codes = new LinkedHashMap<>();
        for (Csv.Row row : m.setRows) {
            String action = row.cell(0);
            String code = row.cell(1);
            Csv.Row earlier = codes.put(code, row);
            if (earlier != null) {
                problem(
                        manifestFile,
                        row,
                        1,
                        "criteria set " + code + " is named twice (on line " + earlier.line() + " too)");
                continue;
            }
            CriteriaSet old = base.sets().stream()
                    .filter(s -> s.id().equals(code))
                    .findFirst()
                    .orElse(null);
            if (action.equals("Replace") && old == null) {
                problem(
                        manifestFile,
                        row,
                        1,
                        "replaced criteria set " + code + " does not exist in edition " + base.id()
                                + (national.set(code).isPresent()
                                        ? " (it belongs to "
                                                + national.set(code).get().edition() + ")"
                                        : "")
                                + "; use an 'Add' row for a new local set");
            }
            if (action.equals("Add") && national.set(code).isPresent()) {
                problem(
                        manifestFile,
                        row,
                        1,
                        "added criteria set " + code + " has the code of a national set of "
                                + national.set(code).get().edition()
                                + "; give a local set its own code, or use 'Replace'");
            }
            Table t = rows(row.cell(2));
            if (t == null) {
                continue;
            }
            List<RuleFileException> soft = new ArrayList<>();
            CriteriaSet set;
            try {
                set = RuleFiles.readSet(t.file(), t.rows(), scale, soft);
            } catch (RuleFileException e) {
                problem(e);
                continue;
            }
            if (!set.dataIssues().isEmpty()) {
                soft.forEach(e -> warnings.add(e.getMessage() + " (acknowledged by the set's DataIssue rows)"));
            } else {
                soft.forEach(this::problem);
            }
            if (!set.id().equals(code)) {
                problem(
                        manifestFile,
                        row,
                        1,
                        "the manifest names criteria set " + code + ", but " + t.name() + " defines " + set.id());
            }
            if (!set.edition().equals(base.id())) {
                problem(
                        t.file(),
                        firstRow(t.rows(), "Edition"),
                        1,
                        "criteria set " + set.id() + " says edition " + set.edition()
                                + ", but the pack is layered over " + base.id());
            }
            String pkg =
                    PACKAGE_PREFIX + "s_" + set.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
            String drl;
            try {
                drl = RuleWriter.set(pkg, set);
            } catch (IllegalArgumentException e) {
                // A value the reader let through but the writer refuses: a defect of ocop, reported, never compiled.
                problems.add(new PackProblem(
                        t.file(),
                        0,
                        null,
                        "the rules of criteria set " + set.id() + " cannot be" + " written: " + e.getMessage()));
                continue;
            }
            boolean changed = old == null || !action.equals("Replace") || !drl.equals(RuleWriter.set(pkg, old));
            sets.add(new SetFile(action, code, t.file(), row, set, pkg, drl, changed, t.rows()));
        }
        return sets;
    }

    /** The national edition with the pack's sets, bands and procedure. */
    private Edition compose(Edition base, Edition packEdition, List<SetFile> sets, BigDecimal scale, Csv.Row scaleRow) {
        List<CriteriaSet> composed = new ArrayList<>();
        for (CriteriaSet s : base.sets()) {
            composed.add(sets.stream()
                    .filter(f -> f.action().equals("Replace") && f.code().equals(s.id()))
                    .findFirst()
                    .map(SetFile::set)
                    .orElse(s));
        }
        sets.stream().filter(f -> f.action().equals("Add")).forEach(f -> composed.add(f.set()));
        if (scale.compareTo(RuleFiles.SCALE) != 0) {
            for (CriteriaSet s : composed) {
                if (sets.stream().noneMatch(f -> f.set() == s) && s.maxTotal().compareTo(scale) != 0) {
                    problem(
                            manifestFile,
                            scaleRow,
                            1,
                            "the pack declares scale " + scale.toPlainString() + ", but"
                                    + " national criteria set " + s.id() + ", which it does not replace, totals "
                                    + s.maxTotal().toPlainString());
                }
            }
        }
        Map<Integer, String> numbers = new LinkedHashMap<>();
        for (CriteriaSet s : composed) {
            String other = numbers.put(s.number(), s.id());
            if (other != null) {
                SetFile f = sets.stream().filter(x -> x.set() == s).findFirst().orElse(null);
                problem(
                        f == null ? manifestFile : f.file(),
                        f == null ? null : firstRow(f.rows(), "Number"),
                        1,
                        "criteria sets " + other + " and " + s.id() + " both have number " + s.number() + " in edition "
                                + base.id());
            }
        }
        Edition e = packEdition == null ? base : packEdition;
        return e.toBuilder()
                .id(base.id())
                .classification(base.classification())
                .sets(composed)
                .build();
    }

    /**
     * The portfolio concerns a trusted DRL file may be layered over, named in its Rules row instead of a criteria
     * set: the due list, the statistics, the plan targets (kmodule bases of ocop-rules).
     */
    static final List<String> PORTFOLIO_CONCERNS = List.of("PORTFOLIO_DUE", "PORTFOLIO_STATS", "PORTFOLIO_PLAN");

    /** Trusted DRL files: only with the trust switch, each with its own package. */
    private List<DrlFile> drl(Manifest m, Edition edition) {
        List<DrlFile> drl = new ArrayList<>();
        Set<String> packages = new LinkedHashSet<>();
        for (Csv.Row row : m.ruleRows) {
            String file = row.cell(1);
            if (!file.toLowerCase(Locale.ROOT).endsWith(".drl")) {
                problem(
                        manifestFile,
                        row,
                        1,
                        "a Rules row names a trusted .drl file; tables go in Replace, Add or" + " Bands rows: " + file);
                continue;
            }
            String set = row.cell(2).isEmpty() ? null : row.cell(2);
            if (set != null
                    && !PORTFOLIO_CONCERNS.contains(set)
                    && edition.sets().stream().noneMatch(s -> s.id().equals(set))) {
                problem(
                        manifestFile,
                        row,
                        2,
                        "DRL file " + file + " is for criteria set " + set + ", which the pack's" + " edition "
                                + edition.id() + " does not have (nor is it a portfolio concern: "
                                + String.join(", ", PORTFOLIO_CONCERNS) + ")");
            }
            if (!options.trustDrl()) {
                continue; // refused by inventory(); its text is never read
            }
            String text = new String(files.bytes(file), StandardCharsets.UTF_8);
            java.util.regex.Matcher pm = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)")
                    .matcher(text);
            if (!pm.find()) {
                problems.add(new PackProblem(file, 1, null, "a DRL file of a pack starts with its own 'package' line"));
                continue;
            }
            String pkg = pm.group(1);
            boolean library = pkg.startsWith("vn.ocop.rules.") || pkg.startsWith(PACKAGE_PREFIX);
            if (library || !packages.add(pkg)) {
                problems.add(new PackProblem(
                        file,
                        1,
                        null,
                        "rule package " + pkg + " is "
                                + (library ? "the library's" : "already used by another DRL file of the pack")
                                + ": a DRL file of a pack needs its own package"));
                continue;
            }
            drl.add(new DrlFile(file, text, pkg, set));
        }
        return drl;
    }

    /** The Classification sheet of pack.xlsx is shown for reference: a pack cannot change it yet. */
    private void classification(Edition base) {
        if (sheets == null || !sheets.containsKey(CLASSIFICATION_SHEET)) {
            return;
        }
        String text =
                nationalText.apply(base.file().substring(0, base.file().lastIndexOf('/') + 1) + "classification.csv");
        if (text == null) {
            return;
        }
        List<List<String>> expected = cells(Csv.parse("classification.csv", text));
        List<List<String>> actual = cells(sheets.get(CLASSIFICATION_SHEET));
        if (!expected.equals(actual)) {
            problems.add(new PackProblem(
                    WORKBOOK,
                    0,
                    null,
                    "the '" + CLASSIFICATION_SHEET + "' sheet differs from the"
                            + " national classification of " + base.id()
                            + ": a pack cannot change the classification yet;"
                            + " restore the sheet (or delete it)"));
        }
    }

    /**
     * The text of a CSV file, which must be UTF-8: a file saved in another encoding would otherwise read as
     * wording full of replacement characters.
     */
    static String utf8(String file, byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new RuleFileException(file, 0, null, "the file is UTF-16 text: save it as 'CSV UTF-8'");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RuleFileException(
                    file,
                    0,
                    null,
                    "the file is not UTF-8 text (a Windows or TCVN3 encoding?):"
                            + " save it as 'CSV UTF-8' so that Vietnamese text reads correctly");
        }
    }

    /**
     * The rows, after refusing every cell that holds an invisible control or direction character: such a
     * character can make what a terminal or a spreadsheet shows differ from what the pack says.
     */
    private List<Csv.Row> clean(String file, List<Csv.Row> rows) {
        for (Csv.Row r : rows) {
            for (int c = 0; c < r.cells().size(); c++) {
                String v = r.cells().get(c);
                for (int i = 0; i < v.length(); i++) {
                    char ch = v.charAt(i);
                    boolean control = (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                            || (ch >= 0x7F && ch < 0xA0)
                            || (ch >= 0x202A && ch <= 0x202E)
                            || (ch >= 0x2066 && ch <= 0x2069);
                    if (control) {
                        problems.add(new PackProblem(
                                file,
                                r.line(),
                                r.cellName(c),
                                String.format(
                                        "the cell holds an" + " invisible control character (U+%04X): delete it",
                                        (int) ch)));
                        break;
                    }
                }
            }
        }
        return rows;
    }

    static Csv.Row firstRow(List<Csv.Row> rows, String key) {
        return rows.stream().filter(r -> r.cell(0).equals(key)).findFirst().orElse(null);
    }

    /** The cells of every non-blank, non-comment row, trimmed, trailing empty cells dropped. */
    static List<List<String>> cells(List<Csv.Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Csv.Row r : rows) {
            if (r.isBlank() || r.cell(0).startsWith("#")) {
                continue;
            }
            List<String> cs = new ArrayList<>();
            r.cells().forEach(c -> cs.add(c.trim()));
            while (!cs.isEmpty() && cs.get(cs.size() - 1).isEmpty()) {
                cs.remove(cs.size() - 1);
            }
            out.add(cs);
        }
        return out;
    }

    private String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : files.names()) {
                if (!named.contains(f)) {
                    continue;
                }
                byte[] bytes = files.bytes(f);
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(bytes);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
