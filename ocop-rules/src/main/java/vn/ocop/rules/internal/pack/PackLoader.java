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
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.internal.Csv;
import vn.ocop.internal.RuleTables;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.PackInfo;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackProblem;

/**
 * Reads and checks a pack: its manifest ({@code pack.csv}), the files the manifest names, and the
 * composition of the pack's edition. Everything is checked before anything is compiled, and every problem
 * is collected; {@link PackCompiler} then compiles what changed. See {@code docs/packs.md}.
 */
final class PackLoader {
    static final String MANIFEST = "pack.csv";

    /** A set file of the pack: the manifest row that names it, its rows, and the set it defines. */
    record SetFile(String action, String code, String file, Csv.Row manifestRow, List<Csv.Row> rows, CriteriaSet set,
                   String rulePackage, boolean changed) {
    }

    /** A DRL file of the pack, trusted, applied to one set or (set {@code null}) to every set. */
    record DrlFile(String file, String text, String rulePackage, String set) {
    }

    /** What the reading produced; {@code problems} empty means the pack can be compiled. */
    record Reading(PackInfo info, Edition national, Edition edition, List<Csv.Row> bandRows, String bandFile,
                   String bandPackage, boolean bandsChanged, List<SetFile> sets, List<DrlFile> drl,
                   List<PackProblem> problems, List<String> warnings, List<vn.ocop.pack.PackChange> ruleChanges) {
    }

    private final PackFiles files;
    private final PackOptions options;
    private final Catalogue national;
    private final java.util.function.Function<String, String> nationalText;
    private final List<PackProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    PackLoader(PackFiles files, PackOptions options, Catalogue national,
               java.util.function.Function<String, String> nationalText) {
        this.files = files;
        this.options = options;
        this.national = national;
        this.nationalText = nationalText;
    }

    static Reading read(Path pack, PackOptions options, Catalogue national,
                        java.util.function.Function<String, String> nationalText) {
        return new PackLoader(PackFiles.read(pack), options, national, nationalText).read();
    }

    private void problem(String file, Csv.Row row, int column, String message) {
        problems.add(new PackProblem(file, row == null ? 0 : row.line(), row == null || column < 0 ? null
                : row.cellName(column), message));
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

    private Reading read() {
        byte[] manifestBytes = files.files().get(MANIFEST);
        if (manifestBytes == null) {
            throw new InvalidPackException(files.location(), List.of(new PackProblem(MANIFEST, 0, null,
                    "the pack has no " + MANIFEST + " manifest (rows Pack, Version, Edition, then Replace, Add, Bands"
                            + " or Rules rows; ocop.jar export-pack writes one)")));
        }
        Map<String, Csv.Row> props = new LinkedHashMap<>();
        List<Csv.Row> setRows = new ArrayList<>();
        List<Csv.Row> ruleRows = new ArrayList<>();
        Csv.Row bandsRow = null;
        List<Csv.Row> manifest;
        try {
            manifest = Csv.parse(MANIFEST, new String(manifestBytes, StandardCharsets.UTF_8));
        } catch (RuleFileException e) {
            throw new InvalidPackException(files.location(), List.of(new PackProblem(MANIFEST, e.line(), e.cell(),
                    stripLocation(e))));
        }
        Set<String> named = new LinkedHashSet<>();
        named.add(MANIFEST);
        for (Csv.Row row : manifest) {
            String key = row.cell(0);
            if (row.isBlank() || key.startsWith("#")) {
                continue;
            }
            switch (key) {
                case "Pack", "Version", "Edition", "Scale", "Description" -> {
                    if (props.put(key, row) != null) {
                        problem(MANIFEST, row, 0, "'" + key + "' is given twice");
                    }
                    if (!key.equals("Description") && row.cell(1).isEmpty()) {
                        problem(MANIFEST, row, 1, "'" + key + "' needs a value");
                    }
                }
                case "Replace", "Add" -> {
                    if (row.cell(1).isEmpty()) {
                        problem(MANIFEST, row, 1, "'" + key + "' needs the criteria set's code");
                    } else if (fileCell(row, 2, named)) {
                        setRows.add(row);
                    }
                }
                case "Bands" -> {
                    if (bandsRow != null) {
                        problem(MANIFEST, row, 0, "'Bands' is given twice (on line " + bandsRow.line() + " too)");
                    } else if (fileCell(row, 1, named)) {
                        bandsRow = row;
                    }
                }
                case "Rules" -> {
                    if (fileCell(row, 1, named)) {
                        ruleRows.add(row);
                    }
                }
                default -> problem(MANIFEST, row, 0, "unknown row '" + key + "' (expected Pack, Version, Edition, Scale,"
                        + " Description, Replace, Add, Bands or Rules; a row starting with # is a comment)");
            }
        }
        for (String key : List.of("Pack", "Version", "Edition")) {
            if (!props.containsKey(key)) {
                problems.add(new PackProblem(MANIFEST, 0, null, "no '" + key + "' row" + switch (key) {
                    case "Pack" -> " names the pack";
                    case "Version" -> " gives the pack's version";
                    default -> " names the national edition the pack is layered over";
                }));
            }
        }
        for (Map.Entry<String, byte[]> f : files.files().entrySet()) {
            String name = f.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".drl") && !options.trustDrl()) {
                problems.add(new PackProblem(name, 0, null, "DRL file refused: DRL rules are Java code that runs with"
                        + " the application's rights, and the JDK offers no sandbox for it; load the pack with"
                        + " --trust-drl (PackOptions.withTrustDrl(true)) only if you trust its author as you trust"
                        + " your own code, or express the change in a decision table (.drl.csv, .drl.xlsx)"));
            } else if (!named.contains(name) && (lower.endsWith(".drl") || lower.endsWith(".drl.csv")
                    || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls"))) {
                problems.add(new PackProblem(name, 0, null, "rule file not named in " + MANIFEST
                        + ": add a Replace, Add, Bands or Rules row for it, or remove it from the pack"));
            }
        }
        BigDecimal scale = RuleTables.SCALE;
        Csv.Row scaleRow = props.get("Scale");
        if (scaleRow != null && !scaleRow.cell(1).isEmpty()) {
            try {
                scale = new BigDecimal(scaleRow.cell(1));
                if (scale.signum() <= 0) {
                    problem(MANIFEST, scaleRow, 1, "the scale must be above 0: " + scaleRow.cell(1));
                    scale = RuleTables.SCALE;
                }
            } catch (NumberFormatException e) {
                problem(MANIFEST, scaleRow, 1, "the scale must be a number: '" + scaleRow.cell(1) + "'");
            }
        }
        Csv.Row editionRow = props.get("Edition");
        Edition base = editionRow == null ? null : national.edition(editionRow.cell(1)).orElse(null);
        if (editionRow != null && !editionRow.cell(1).isEmpty() && base == null) {
            problem(MANIFEST, editionRow, 1, "unknown edition '" + editionRow.cell(1) + "' (known: "
                    + String.join(", ", national.editions().stream().map(Edition::id).toList()) + ")");
        }
        if (base == null) {
            throw new InvalidPackException(files.location(), problems);
        }
        String basePackage = nationalPackage(base.file());

        // The bands (the pack's edition file).
        Edition packEdition = null;
        List<Csv.Row> bandRows = null;
        String bandPackage = basePackage;
        boolean bandsChanged = false;
        if (bandsRow != null) {
            String file = bandsRow.cell(1);
            bandRows = rows(file);
            if (bandRows != null) {
                List<RuleFileException> soft = new ArrayList<>();
                try {
                    packEdition = RuleTables.readEdition(file, bandRows, null, rel -> null, scale, soft);
                    soft.forEach(this::problem);
                    if (!packEdition.id().equals(base.id())) {
                        problem(file, null, -1, "the file is edition " + packEdition.id() + ", but the manifest layers"
                                + " the pack over " + base.id());
                    }
                    bandPackage = rulePackage(file, bandRows);
                    bandsChanged = !sameCells(bandRows, nationalRows(base.file()));
                } catch (RuleFileException e) {
                    problem(e);
                }
            }
        } else if (scale.compareTo(RuleTables.SCALE) != 0) {
            problem(MANIFEST, scaleRow, 1, "the pack declares scale " + scale.toPlainString() + ", so it needs its own"
                    + " star bands over 0–" + scale.toPlainString() + " (a Bands row)");
        }

        // The sets.
        List<SetFile> sets = new ArrayList<>();
        Map<String, Csv.Row> codes = new LinkedHashMap<>();
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put(COMMON_PACKAGE, "the common scoring rules");
        packages.put(bandPackage, "the edition's bands");
        for (Csv.Row row : setRows) {
            String action = row.cell(0);
            String code = row.cell(1);
            String file = row.cell(2);
            Csv.Row earlier = codes.put(code, row);
            if (earlier != null) {
                problem(MANIFEST, row, 1, "criteria set " + code + " is named twice (on line " + earlier.line() + " too)");
                continue;
            }
            boolean exists = base.sets().stream().anyMatch(s -> s.id().equals(code));
            if (action.equals("Replace") && !exists) {
                problem(MANIFEST, row, 1, "replaced criteria set " + code + " does not exist in edition " + base.id()
                        + (national.set(code).isPresent() ? " (it belongs to " + national.set(code).get().edition() + ")"
                        : "") + "; use an 'Add' row for a new local set");
            }
            if (action.equals("Add") && national.set(code).isPresent()) {
                problem(MANIFEST, row, 1, "added criteria set " + code + " has the code of a national set of "
                        + national.set(code).get().edition() + "; give a local set its own code, or use 'Replace'");
            }
            List<Csv.Row> rows = rows(file);
            if (rows == null) {
                continue;
            }
            List<RuleFileException> soft = new ArrayList<>();
            CriteriaSet set;
            try {
                set = RuleTables.readSet(file, rows, scale, soft);
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
                problem(MANIFEST, row, 1, "the manifest names criteria set " + code + ", but " + file + " defines "
                        + set.id());
            }
            if (!set.edition().equals(base.id())) {
                problem(file, firstRow(rows, "Edition"), 1, "criteria set " + set.id() + " says edition "
                        + set.edition() + ", but the pack is layered over " + base.id());
            }
            String pkg = rulePackage(file, rows);
            String owner = packages.putIfAbsent(pkg, file);
            if (pkg != null && owner != null) {
                problem(file, firstRow(rows, "RuleSet"), 1, "rule package " + pkg + " is already used by " + owner
                        + ": every set file of a pack needs its own package");
            }
            boolean changed = true;
            if (exists && action.equals("Replace")) {
                CriteriaSet old = base.sets().stream().filter(s -> s.id().equals(code)).findFirst().orElseThrow();
                changed = !sameCells(rows, nationalRows(old.file()));
            }
            sets.add(new SetFile(action, code, file, row, rows, set, pkg, changed));
        }

        // The composed edition.
        List<CriteriaSet> composed = new ArrayList<>();
        for (CriteriaSet s : base.sets()) {
            composed.add(sets.stream().filter(f -> f.action().equals("Replace") && f.code().equals(s.id())).findFirst()
                    .map(SetFile::set).orElse(s));
        }
        sets.stream().filter(f -> f.action().equals("Add")).forEach(f -> composed.add(f.set()));
        if (scale.compareTo(RuleTables.SCALE) != 0) {
            for (CriteriaSet s : composed) {
                if (sets.stream().noneMatch(f -> f.set() == s) && s.maxTotal().compareTo(scale) != 0) {
                    problem(MANIFEST, scaleRow, 1, "the pack declares scale " + scale.toPlainString() + ", but national"
                            + " criteria set " + s.id() + ", which it does not replace, totals "
                            + s.maxTotal().toPlainString());
                }
            }
        }
        Map<Integer, String> numbers = new LinkedHashMap<>();
        for (CriteriaSet s : composed) {
            String other = numbers.put(s.number(), s.id());
            if (other != null) {
                SetFile f = sets.stream().filter(x -> x.set() == s).findFirst().orElse(null);
                problem(f == null ? MANIFEST : f.file(), f == null ? null : firstRow(f.rows(), "Number"), 1,
                        "criteria sets " + other + " and " + s.id() + " both have number " + s.number()
                                + " in edition " + base.id());
            }
        }
        Edition e = packEdition == null ? base : packEdition;
        Edition edition = new Edition(base.id(), e.act(), e.title(), e.signed(), e.effectiveFrom(), e.effectiveTo(),
                e.partMaxima(), e.bands(), base.classification(), composed, e.amendments(), e.recognition(),
                e.certificateMonths(), e.reEvaluation(), e.transition(), e.file());

        // Trusted DRL.
        List<DrlFile> drl = new ArrayList<>();
        for (Csv.Row row : ruleRows) {
            String file = row.cell(1);
            if (!file.toLowerCase(Locale.ROOT).endsWith(".drl")) {
                problem(MANIFEST, row, 1, "a Rules row names a .drl file; decision tables go in Replace or Add rows: "
                        + file);
                continue;
            }
            String set = row.cell(2).isEmpty() ? null : row.cell(2);
            if (set != null && composed.stream().noneMatch(s -> s.id().equals(set))) {
                problem(MANIFEST, row, 2, "DRL file " + file + " is for criteria set " + set + ", which the pack's"
                        + " edition " + base.id() + " does not have");
            }
            String text = new String(files.files().get(file), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(text);
            if (!m.find()) {
                problems.add(new PackProblem(file, 1, null, "a DRL file of a pack starts with its own 'package' line"));
                continue;
            }
            String owner = packages.putIfAbsent(m.group(1), file);
            if (owner != null) {
                problems.add(new PackProblem(file, 1, null, "rule package " + m.group(1) + " is already used by "
                        + owner + ": a DRL file of a pack needs its own package"));
            }
            if (options.trustDrl()) {
                drl.add(new DrlFile(file, text, m.group(1), set));
            }
        }

        String name = props.containsKey("Pack") ? props.get("Pack").cell(1) : "?";
        String version = props.containsKey("Version") ? props.get("Version").cell(1) : "?";
        PackInfo info = new PackInfo(name, version, hash(named), base.id());
        List<vn.ocop.pack.PackChange> ruleChanges = new ArrayList<>();
        if (bandsChanged) {
            templates(bandsRow.cell(1), null, bandRows, nationalRows(base.file()), ruleChanges);
        }
        for (SetFile f : sets) {
            if (f.changed() && f.action().equals("Replace")) {
                base.sets().stream().filter(x -> x.id().equals(f.code())).findFirst().ifPresent(old ->
                        templates(f.file(), f.code(), f.rows(), nationalRows(old.file()), ruleChanges));
            }
        }
        return new Reading(info, base, edition, bandRows, bandsRow == null ? null : bandsRow.cell(1), bandPackage,
                bandsChanged, sets, drl, problems, warnings, ruleChanges);
    }

    /**
     * The rule tables whose template rows (column types, patterns, templates) differ from the national file's:
     * the same cells then make different rules, which the catalogue cannot show.
     */
    private static void templates(String file, String set, List<Csv.Row> pack, List<Csv.Row> national,
                                  List<vn.ocop.pack.PackChange> out) {
        Map<String, List<List<String>>> mine = templateRows(pack);
        Map<String, List<List<String>>> theirs = templateRows(national);
        for (Map.Entry<String, List<List<String>>> t : mine.entrySet()) {
            List<List<String>> before = theirs.get(t.getKey());
            if (before != null && !before.equals(t.getValue())) {
                int line = pack.stream().filter(r -> r.cell(0).startsWith("RuleTable") && tableName(r).equals(t.getKey()))
                        .findFirst().map(Csv.Row::line).orElse(0);
                out.add(new vn.ocop.pack.PackChange(vn.ocop.pack.PackChange.Kind.TEMPLATE_CHANGED, set, null,
                        file + ":" + line + ": the template rows of table '" + t.getKey() + "' differ from the national"
                                + " file, so the same cells make different rules (check them with the property kit)"));
            }
        }
    }

    /** The three rows after each RuleTable title (types, patterns, templates), by table name without the set code. */
    private static Map<String, List<List<String>>> templateRows(List<Csv.Row> rows) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cell(0).startsWith("RuleTable")) {
                List<List<String>> t = new ArrayList<>();
                for (int j = i + 1; j <= i + 3 && j < rows.size(); j++) {
                    t.addAll(cells(List.of(rows.get(j))));
                }
                out.put(tableName(rows.get(i)), t);
            }
        }
        return out;
    }

    /** "RuleTable QD26-01 minimum markers" → "minimum markers" (the words after the set or edition code). */
    private static String tableName(Csv.Row title) {
        String[] words = title.cell(0).substring("RuleTable".length()).trim().split("\\s+", 2);
        return words.length > 1 ? words[1] : words[0];
    }

    static final String COMMON_PACKAGE = "vn.ocop.rules.common";

    /** The rule package of a national file: its RuleSet row. */
    private String nationalPackage(String nationalFile) {
        return rulePackage(nationalFile, nationalRows(nationalFile));
    }

    /** The rows of a national file, parsed once per load (each is compared more than once). */
    private List<Csv.Row> nationalRows(String nationalFile) {
        return nationalRows.computeIfAbsent(nationalFile, f -> Csv.parse(f, nationalText.apply(f)));
    }

    private final Map<String, List<Csv.Row>> nationalRows = new java.util.HashMap<>();

    private String rulePackage(String file, List<Csv.Row> rows) {
        Csv.Row row = firstRow(rows, "RuleSet");
        if (row == null || row.cell(1).isEmpty()) {
            problems.add(new PackProblem(file, row == null ? 1 : row.line(), row == null ? "A1" : row.cellName(1),
                    "a 'RuleSet' row must name the file's rule package (for example vn.ocop.rules.qd26.s01)"));
            return null;
        }
        if (!row.cell(1).matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
            problem(file, row, 1, "rule package '" + row.cell(1) + "' must be lower-case words joined by dots");
            return null;
        }
        return row.cell(1);
    }

    static Csv.Row firstRow(List<Csv.Row> rows, String key) {
        return rows.stream().filter(r -> r.cell(0).equals(key)).findFirst().orElse(null);
    }

    /** Whether two files hold the same cells (quoting, blank rows and trailing empty cells aside). */
    static boolean sameCells(List<Csv.Row> a, List<Csv.Row> b) {
        return cells(a).equals(cells(b));
    }

    /** The cells of every row, blank rows kept (they end a RuleTable), trailing empty cells dropped. */
    static List<List<String>> layout(List<Csv.Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Csv.Row r : rows) {
            List<String> cs = new ArrayList<>(r.cells());
            while (!cs.isEmpty() && cs.get(cs.size() - 1).isBlank()) {
                cs.remove(cs.size() - 1);
            }
            out.add(cs);
        }
        return out;
    }

    static List<List<String>> cells(List<Csv.Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Csv.Row r : rows) {
            if (r.isBlank()) {
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

    /** A file named on a manifest row: it must exist in the pack. */
    private boolean fileCell(Csv.Row row, int column, Set<String> named) {
        String file = row.cell(column);
        if (file.isEmpty()) {
            problem(MANIFEST, row, column, "'" + row.cell(0) + "' needs a file, relative to the pack");
            return false;
        }
        if (!files.files().containsKey(file)) {
            problem(MANIFEST, row, column, "file " + file + " is not in the pack");
            return false;
        }
        named.add(file);
        return true;
    }

    /** The rows of a table file of the pack (CSV or workbook), or {@code null} after recording a problem. */
    private List<Csv.Row> rows(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        byte[] bytes = files.files().get(file);
        try {
            if (lower.endsWith(".drl.csv")) {
                return Csv.parse(file, new String(bytes, StandardCharsets.UTF_8));
            }
            if (lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")) {
                return Workbooks.read(file, bytes);
            }
        } catch (RuleFileException e) {
            problem(e);
            return null;
        }
        problems.add(new PackProblem(file, 0, null, "a decision table of a pack is a .drl.csv or .drl.xlsx file"));
        return null;
    }

    private String hash(Set<String> named) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : new java.util.TreeSet<>(named)) {
                byte[] bytes = files.files().get(f);
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
