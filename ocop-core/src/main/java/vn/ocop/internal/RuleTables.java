package vn.ocop.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.ProductClass;
import vn.ocop.catalogue.Selection;
import vn.ocop.catalogue.StarBand;
import vn.ocop.catalogue.StopRule;

/**
 * Reads the rule files (Drools decision tables in CSV) into catalogue records.
 *
 * <p>A criteria-set file has header rows (keyword in column A: {@code CriteriaSet}, {@code Part},
 * {@code Group}, {@code Criterion}, {@code Case}, {@code Note} …) that Drools ignores, followed by
 * RuleTables that Drools compiles: {@code options}, {@code case options}, {@code minimum markers},
 * {@code stop rules} and {@code zero-point stop rules}. Reading the same cells that Drools compiles
 * keeps the catalogue and the rules in step. See {@code docs/rule-files.md}.
 */
public final class RuleTables {

    /** Header keywords Drools itself understands; allowed and ignored here. */
    private static final Set<String> DROOLS_KEYWORDS = Set.of("RuleSet", "Import", "Notes", "Sequential",
            "SequentialMaxPriority", "SequentialMinPriority", "Variables", "Functions", "Queries", "Declare",
            "EscapeQuotes", "NumericDisabled", "Unit", "Dialect");

    private RuleTables() {
    }

    /** A RuleTable of a file: its title, the types row, and its data rows. */
    private record Table(String title, Csv.Row types, int titleLine, List<Csv.Row> rows) {
        int column(String type, int nth) {
            int seen = 0;
            for (int c = 0; c < types.cells().size(); c++) {
                if (types.cell(c).equalsIgnoreCase(type)) {
                    if (seen++ == nth) {
                        return c;
                    }
                }
            }
            return -1;
        }
    }

    private record Sections(List<Csv.Row> header, List<Table> tables) {
    }

    private static Sections sections(String file, List<Csv.Row> rows) {
        List<Csv.Row> header = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < rows.size() && !rows.get(i).cell(0).startsWith("RuleTable")) {
            header.add(rows.get(i++));
        }
        while (i < rows.size()) {
            Csv.Row titleRow = rows.get(i);
            if (titleRow.isBlank()) {
                i++;
                continue;
            }
            if (!titleRow.cell(0).startsWith("RuleTable")) {
                throw new RuleFileException(file, titleRow.line(), titleRow.cellName(0),
                        "expected a 'RuleTable …' row or a blank row after a table, found '" + titleRow.cell(0) + "'");
            }
            if (i + 4 >= rows.size() + 1) {
                throw new RuleFileException(file, titleRow.line(), null,
                        "a RuleTable needs four rows after its title: column types, patterns, templates and labels");
            }
            Csv.Row types = rows.get(i + 1);
            List<Csv.Row> data = new ArrayList<>();
            int j = i + 5;
            while (j < rows.size() && !rows.get(j).isBlank() && !rows.get(j).cell(0).startsWith("RuleTable")) {
                data.add(rows.get(j++));
            }
            tables.add(new Table(titleRow.cell(0).substring("RuleTable".length()).trim(), types, titleRow.line(), data));
            i = j;
        }
        return new Sections(header, tables);
    }

    private static final class CriterionDraft {
        final Csv.Row row;
        final String code;
        final String parent;
        final BigDecimal max;
        final Selection selection;
        final String label;
        final String labelEn;
        final List<String> notes = new ArrayList<>();
        final Map<Integer, Option> options = new TreeMap<>();
        final Map<String, String> caseLabels = new LinkedHashMap<>();
        final Map<String, Map<Integer, Option>> caseOptions = new LinkedHashMap<>();
        final List<CriterionDraft> children = new ArrayList<>();
        final List<Minimum> minimums = new ArrayList<>();
        final Map<String, Csv.Row> minimumRows = new java.util.HashMap<>();
        int minimumConditionColumn;
        int minimumMarkedColumn;
        String group;

        CriterionDraft(Csv.Row row, String code, String parent, BigDecimal max, Selection selection, String label,
                       String labelEn) {
            this.row = row;
            this.code = code;
            this.parent = parent;
            this.max = max;
            this.selection = selection;
            this.label = label;
            this.labelEn = labelEn;
        }
    }

    private static final class GroupDraft {
        Csv.Row row;
        final String code;
        final PartCode part;
        final BigDecimal max;
        final String label;
        final String labelEn;
        final List<String> notes = new ArrayList<>();
        final List<CriterionDraft> criteria = new ArrayList<>();

        GroupDraft(String code, PartCode part, BigDecimal max, String label, String labelEn) {
            this.code = code;
            this.part = part;
            this.max = max;
            this.label = label;
            this.labelEn = labelEn;
        }
    }

    /** The total every national set and band table is checked against, unless a pack declares another scale. */
    public static final BigDecimal SCALE = BigDecimal.valueOf(100);

    /**
     * Reads a criteria-set file strictly: every problem, arithmetic included, is an error.
     *
     * @param file the file's name, for messages and for the catalogue
     * @param text its content
     * @return the criteria set it defines
     * @throws RuleFileException naming the file, line and cell of the first problem
     */
    public static CriteriaSet readSet(String file, String text) {
        List<RuleFileException> problems = new ArrayList<>();
        CriteriaSet set = readSet(file, Csv.parse(file, text), SCALE, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return set;
    }

    /**
     * Reads a criteria-set file. A problem that stops the reading (an unknown row, a value that is not a
     * number, an option of an unknown criterion …) is thrown; problems that leave the set readable are added
     * to {@code problems} and reading goes on, so that a caller can report them all together: a criterion,
     * group or part whose maximum is not what its options or members add up to, parts that do not total
     * {@code scale}, a minimum marker on an option that does not exist or whose points are not the marked
     * option's.
     *
     * @param file     the file's name, for messages and for the catalogue
     * @param rows     its rows
     * @param scale    the total the parts must add up to (100 for the national criteria)
     * @param problems receives the problems that do not stop the reading
     * @return the criteria set it defines
     * @throws RuleFileException naming the file, line and cell of a problem that stops the reading
     */
    public static CriteriaSet readSet(String file, List<Csv.Row> rows, BigDecimal scale,
                                      List<RuleFileException> problems) {
        Sections sections = sections(file, rows);
        Map<String, String> props = new LinkedHashMap<>();
        List<String> disqualifiers = new ArrayList<>();
        List<String> dataIssues = new ArrayList<>();
        Map<PartCode, BigDecimal> partMax = new EnumMap<>(PartCode.class);
        Map<PartCode, Csv.Row> partRows = new EnumMap<>(PartCode.class);
        Map<String, GroupDraft> groups = new LinkedHashMap<>();
        Map<String, CriterionDraft> criteria = new LinkedHashMap<>();

        for (Csv.Row row : sections.header()) {
            String key = row.cell(0);
            if (row.isBlank() || DROOLS_KEYWORDS.contains(key)) {
                continue;
            }
            switch (key) {
                case "CriteriaSet", "Edition", "Number", "Name", "Confidence", "Source" -> props.put(key, row.cell(1));
                case "Disqualifier" -> disqualifiers.add(row.cell(1));
                case "DataIssue" -> dataIssues.add(row.cell(1));
                case "Part" -> {
                    PartCode code = partCode(file, row, 1);
                    if (partMax.put(code, number(file, row, 2, "part maximum")) != null) {
                        throw new RuleFileException(file, row.line(), row.cellName(1), "part " + code + " is declared twice");
                    }
                    partRows.put(code, row);
                }
                case "Group" -> {
                    PartCode part = partCode(file, row, 1);
                    if (!partMax.containsKey(part)) {
                        throw new RuleFileException(file, row.line(), row.cellName(1),
                                "group " + row.cell(2) + " belongs to part " + part + ", which has no 'Part' row above it");
                    }
                    String code = required(file, row, 2, "group code");
                    if (groups.containsKey(code)) {
                        throw new RuleFileException(file, row.line(), row.cellName(2), "group " + code + " is declared twice");
                    }
                    GroupDraft g = new GroupDraft(code, part, number(file, row, 3, "group maximum"),
                            required(file, row, 4, "group heading"), row.cell(5));
                    g.row = row;
                    groups.put(code, g);
                }
                case "GroupNote" -> group(file, row, groups, row.cell(1)).notes.add(row.cell(2));
                case "Criterion" -> {
                    String parent = required(file, row, 1, "group or parent criterion");
                    String code = required(file, row, 2, "criterion code");
                    if (criteria.containsKey(code)) {
                        throw new RuleFileException(file, row.line(), row.cellName(2), "criterion " + code + " is declared twice");
                    }
                    Selection selection;
                    try {
                        selection = Selection.fromCode(row.cell(4));
                    } catch (IllegalArgumentException e) {
                        throw new RuleFileException(file, row.line(), row.cellName(4), e.getMessage());
                    }
                    CriterionDraft draft = new CriterionDraft(row, code, parent, number(file, row, 3, "criterion maximum"),
                            selection, required(file, row, 5, "criterion label"), row.cell(6));
                    CriterionDraft container = criteria.get(parent);
                    if (container != null && !parent.equals(code)) {
                        if (container.selection != Selection.CONTAINER) {
                            throw new RuleFileException(file, row.line(), row.cellName(1), "criterion " + code
                                    + " names " + parent + " as its parent, but " + parent + " is not a container");
                        }
                        draft.group = container.group;
                        container.children.add(draft);
                    } else {
                        GroupDraft g = group(file, row, groups, parent);
                        draft.group = g.code;
                        g.criteria.add(draft);
                    }
                    criteria.put(code, draft);
                }
                case "Note" -> criterion(file, row, 1, criteria).notes.add(row.cell(2));
                case "Case" -> {
                    CriterionDraft c = criterion(file, row, 1, criteria);
                    if (c.selection != Selection.CASES) {
                        throw new RuleFileException(file, row.line(), row.cellName(1),
                                "criterion " + c.code + " is '" + c.selection.code() + "', so it cannot have cases");
                    }
                    c.caseLabels.put(required(file, row, 2, "case code"), row.cell(3));
                    c.caseOptions.put(row.cell(2), new TreeMap<>());
                }
                default -> throw new RuleFileException(file, row.line(), row.cellName(0), "unknown header row '" + key
                        + "' (expected CriteriaSet, Edition, Number, Name, Confidence, Source, Disqualifier, DataIssue,"
                        + " Part, Group, GroupNote, Criterion, Note or Case)");
            }
        }
        String id = props.get("CriteriaSet");
        if (id == null || id.isEmpty()) {
            throw new RuleFileException(file, 1, null, "no 'CriteriaSet' row names the set");
        }
        if (props.getOrDefault("Edition", "").isEmpty()) {
            throw new RuleFileException(file, 1, null, "no 'Edition' row names the edition of " + id);
        }

        List<StopRule> stops = new ArrayList<>();
        Set<String> ruleNames = new java.util.HashSet<>();
        boolean sawOptions = false;
        for (Table t : sections.tables()) {
            String title = t.title().toLowerCase(Locale.ROOT);
            int name = t.column("NAME", 0);
            for (Csv.Row r : t.rows()) {
                if (name < 0 || r.cell(name).isEmpty()) {
                    throw new RuleFileException(file, r.line(), name < 0 ? null : r.cellName(name),
                            "every rule row needs a name (NAME column)");
                }
                if (!ruleNames.add(r.cell(name))) {
                    throw new RuleFileException(file, r.line(), r.cellName(name), "rule name '" + r.cell(name) + "' is used twice");
                }
            }
            if (title.endsWith("case options")) {
                readOptions(file, t, criteria, true);
            } else if (title.endsWith("options")) {
                readOptions(file, t, criteria, false);
                sawOptions = true;
            } else if (title.endsWith("minimum markers")) {
                readMinimums(file, t, criteria);
            } else if (title.endsWith("zero-point stop rules")) {
                int cond = t.column("CONDITION", 0);
                int act = t.column("ACTION", 0);
                int note = t.column("DESCRIPTION", 0);
                for (Csv.Row r : t.rows()) {
                    CriterionDraft c = criterion(file, r, cond, criteria);
                    stops.add(new StopRule(r.cell(name), null, c.code, effect(file, r, act), r.cell(note)));
                }
            } else if (title.endsWith("stop rules")) {
                int cond = t.column("CONDITION", 0);
                int act = t.column("ACTION", 0);
                int crit = t.column("METADATA", 0);
                int note = t.column("DESCRIPTION", 0);
                for (Csv.Row r : t.rows()) {
                    String finding = required(file, r, cond, "finding");
                    if (vn.ocop.sheet.Finding.fromCode(finding).isEmpty()) {
                        throw new RuleFileException(file, r.line(), r.cellName(cond), "unknown finding '" + finding
                                + "' (see vn.ocop.sheet.Finding for the known ones)");
                    }
                    CriterionDraft c = criterion(file, r, crit, criteria);
                    stops.add(new StopRule(r.cell(name), finding, c.code, effect(file, r, act), r.cell(note)));
                }
            } else {
                throw new RuleFileException(file, t.titleLine(), "A" + t.titleLine(), "unknown RuleTable '" + t.title()
                        + "' (expected options, case options, minimum markers, stop rules or zero-point stop rules)");
            }
        }
        if (!sawOptions) {
            throw new RuleFileException(file, 0, null, "criteria set " + id + " has no 'options' RuleTable");
        }

        List<Part> parts = new ArrayList<>();
        for (Map.Entry<PartCode, BigDecimal> p : partMax.entrySet()) {
            List<CriterionGroup> gs = new ArrayList<>();
            for (GroupDraft g : groups.values()) {
                if (g.part == p.getKey()) {
                    List<Criterion> cs = new ArrayList<>();
                    for (CriterionDraft c : g.criteria) {
                        cs.add(build(file, c, problems));
                    }
                    gs.add(new CriterionGroup(g.code, g.part, g.max, g.label, g.labelEn, g.notes, cs));
                }
            }
            parts.add(new Part(p.getKey(), p.getValue(), gs));
        }
        checkArithmetic(file, id, parts, partRows, groups, criteria, scale, problems);
        int number;
        try {
            number = Integer.parseInt(props.getOrDefault("Number", "0"));
        } catch (NumberFormatException e) {
            throw new RuleFileException(file, 0, null, "'Number' must be a whole number: " + props.get("Number"));
        }
        return new CriteriaSet(id, props.get("Edition"), number, props.getOrDefault("Name", id),
                props.get("Confidence"), props.get("Source"), disqualifiers, dataIssues, parts, stops, file);
    }

    private static void readOptions(String file, Table t, Map<String, CriterionDraft> criteria, boolean cases) {
        int name = t.column("NAME", 0);
        int cond = t.column("CONDITION", 0);
        int act = t.column("ACTION", 0);
        int desc = t.column("DESCRIPTION", 0);
        if (cond < 0 || act < 0) {
            throw new RuleFileException(file, t.types().line(), null, "an options table needs a CONDITION and an ACTION column");
        }
        for (Csv.Row r : t.rows()) {
            String[] key = r.cell(cond).split(",", -1);
            int expected = cases ? 3 : 2;
            if (key.length != expected) {
                throw new RuleFileException(file, r.line(), r.cellName(cond), "expected '"
                        + (cases ? "criterion,case,option" : "criterion,option") + "' but found '" + r.cell(cond) + "'");
            }
            String code = key[0].trim();
            CriterionDraft c = criteria.get(code);
            if (c == null) {
                throw new RuleFileException(file, r.line(), r.cellName(cond), "option of unknown criterion '" + code + "'");
            }
            int position = wholeNumber(file, r, cond, key[expected - 1].trim(), "option position");
            Option option = new Option(position, number(file, r, act, "points"), desc < 0 ? "" : r.cell(desc), r.cell(name));
            Map<Integer, Option> target;
            if (cases) {
                if (c.selection != Selection.CASES) {
                    throw new RuleFileException(file, r.line(), r.cellName(cond),
                            "criterion " + code + " is '" + c.selection.code() + "', not 'cases'");
                }
                target = c.caseOptions.get(key[1].trim());
                if (target == null) {
                    throw new RuleFileException(file, r.line(), r.cellName(cond), "criterion " + code + " has no case '"
                            + key[1].trim() + "' (its cases: " + String.join(", ", c.caseLabels.keySet()) + ")");
                }
            } else {
                if (c.selection != Selection.SINGLE && c.selection != Selection.YES_NO) {
                    throw new RuleFileException(file, r.line(), r.cellName(cond), "criterion " + code + " is '"
                            + c.selection.code() + "': its options belong in the "
                            + (c.selection == Selection.CASES ? "'case options' table" : "criteria it contains"));
                }
                target = c.options;
            }
            if (target.put(position, option) != null) {
                throw new RuleFileException(file, r.line(), r.cellName(cond),
                        "criterion " + code + " has two rows for option " + position);
            }
        }
    }

    private static void readMinimums(String file, Table t, Map<String, CriterionDraft> criteria) {
        int name = t.column("NAME", 0);
        int cond = t.column("CONDITION", 0);
        int act = t.column("ACTION", 0);
        int marked = t.column("METADATA", 0);
        for (Csv.Row r : t.rows()) {
            String[] key = r.cell(cond).split(",", -1);
            if (key.length != 2) {
                throw new RuleFileException(file, r.line(), r.cellName(cond),
                        "expected 'criterion,minimum points' but found '" + r.cell(cond) + "'");
            }
            CriterionDraft c = criteria.get(key[0].trim());
            if (c == null) {
                throw new RuleFileException(file, r.line(), r.cellName(cond), "minimum marker of unknown criterion '"
                        + key[0].trim() + "'");
            }
            BigDecimal points;
            try {
                points = new BigDecimal(key[1].trim());
            } catch (NumberFormatException e) {
                throw new RuleFileException(file, r.line(), r.cellName(cond), "minimum points must be a number: '"
                        + key[1].trim() + "'");
            }
            int stars = wholeNumber(file, r, act, r.cell(act), "star level");
            if (stars < 1 || stars > 5) {
                throw new RuleFileException(file, r.line(), r.cellName(act), "star level must be 1 to 5: " + stars);
            }
            int option = wholeNumber(file, r, marked, r.cell(marked), "marked option");
            c.minimums.add(new Minimum(stars, points, option, r.cell(name)));
            c.minimumRows.put(r.cell(name), r);
            c.minimumConditionColumn = cond;
            c.minimumMarkedColumn = marked;
        }
    }

    /** Maxima against what their options and members add up to, and the parts against the scale. */
    private static void checkArithmetic(String file, String set, List<Part> parts, Map<PartCode, Csv.Row> partRows,
                                        Map<String, GroupDraft> groupRows, Map<String, CriterionDraft> criterionRows,
                                        BigDecimal scale, List<RuleFileException> problems) {
        BigDecimal total = BigDecimal.ZERO;
        for (Part p : parts) {
            BigDecimal groups = BigDecimal.ZERO;
            for (CriterionGroup g : p.groups()) {
                BigDecimal members = BigDecimal.ZERO;
                for (Criterion c : g.criteria()) {
                    checkCriterion(file, c, criterionRows, problems);
                    members = members.add(c.max());
                }
                Csv.Row row = groupRows.get(g.code()).row;
                if (members.compareTo(g.max()) != 0) {
                    problems.add(new RuleFileException(file, row.line(), row.cellName(3), "group " + g.code()
                            + " has maximum " + g.max().toPlainString() + ", but its criteria add up to "
                            + members.toPlainString()));
                }
                groups = groups.add(g.max());
            }
            Csv.Row row = partRows.get(p.code());
            if (groups.compareTo(p.max()) != 0) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(2), "part " + p.code()
                        + " has maximum " + p.max().toPlainString() + ", but its groups add up to "
                        + groups.toPlainString()));
            }
            total = total.add(p.max());
        }
        if (total.compareTo(scale) != 0) {
            Csv.Row first = partRows.values().stream().findFirst().orElse(null);
            problems.add(new RuleFileException(file, first == null ? 0 : first.line(),
                    first == null ? null : first.cellName(2), "the parts of criteria set " + set + " add up to "
                    + total.toPlainString() + ", not " + scale.toPlainString()
                    + (scale.compareTo(SCALE) == 0 ? " (a pack may declare another total with a 'Scale' row)" : "")));
        }
    }

    private static void checkCriterion(String file, Criterion c, Map<String, CriterionDraft> rows,
                                       List<RuleFileException> problems) {
        Csv.Row row = rows.get(c.code()).row;
        BigDecimal best;
        String what;
        switch (c.selection()) {
            case CONTAINER -> {
                best = BigDecimal.ZERO;
                for (Criterion child : c.children()) {
                    checkCriterion(file, child, rows, problems);
                    best = best.add(child.max());
                }
                what = "the criteria it contains add up to ";
            }
            case CASES -> {
                best = c.cases().stream().flatMap(k -> k.options().stream()).map(Option::points)
                        .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
                what = "its best case option gives ";
            }
            default -> {
                best = c.options().stream().map(Option::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
                what = "its best option gives ";
            }
        }
        if (best.compareTo(c.max()) != 0) {
            problems.add(new RuleFileException(file, row.line(), row.cellName(3), "criterion " + c.code()
                    + " has maximum " + c.max().toPlainString() + ", but " + what + best.toPlainString()));
        }
    }

    private static Criterion build(String file, CriterionDraft c, List<RuleFileException> problems) {
        List<Option> options = contiguous(file, c, c.options, "");
        List<CaseDefinition> cases = new ArrayList<>();
        for (Map.Entry<String, String> e : c.caseLabels.entrySet()) {
            cases.add(new CaseDefinition(e.getKey(), e.getValue(),
                    contiguous(file, c, c.caseOptions.get(e.getKey()), " case " + e.getKey())));
        }
        List<Criterion> children = new ArrayList<>();
        for (CriterionDraft child : c.children) {
            children.add(build(file, child, problems));
        }
        switch (c.selection) {
            case SINGLE -> require(file, c, !options.isEmpty(), "has no options");
            case YES_NO -> require(file, c, options.size() == 2, "is yes/no, so it needs exactly two options (no, yes)");
            case CONTAINER -> require(file, c, !children.isEmpty(), "is a container without criteria");
            case CASES -> require(file, c, !cases.isEmpty(), "has no cases");
            default -> throw new IllegalStateException(c.selection.toString());
        }
        List<Minimum> minimums = new ArrayList<>();
        for (Minimum m : c.minimums) {
            Csv.Row row = c.minimumRows.get(m.rule());
            if (m.markedOption() < 1 || m.markedOption() > options.size()) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(c.minimumMarkedColumn),
                        "the " + m.stars() + "-star marker " + m.rule() + " marks option " + m.markedOption()
                        + " of criterion " + c.code + ", which has " + options.size() + " options"));
                continue;
            }
            BigDecimal marked = options.get(m.markedOption() - 1).points();
            if (marked.compareTo(m.points()) != 0) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(c.minimumConditionColumn),
                        "the " + m.stars() + "-star marker " + m.rule() + " asks for " + m.points().toPlainString()
                        + " points on criterion " + c.code + ", but its marked option " + m.markedOption() + " gives "
                        + marked.toPlainString()));
            }
            minimums.add(m);
        }
        minimums.sort(java.util.Comparator.comparingInt(Minimum::stars));
        return new Criterion(c.code, c.group, c.parent, c.max, c.selection, c.label, c.labelEn, c.notes, options,
                cases, children, minimums);
    }

    private static List<Option> contiguous(String file, CriterionDraft c, Map<Integer, Option> options, String where) {
        int expected = 1;
        for (int position : options.keySet()) {
            if (position != expected++) {
                throw new RuleFileException(file, c.row.line(), null, "criterion " + c.code + where
                        + " has options " + options.keySet() + ": positions must run 1, 2, 3 … without gaps");
            }
        }
        return new ArrayList<>(options.values());
    }

    private static void require(String file, CriterionDraft c, boolean ok, String problem) {
        if (!ok) {
            throw new RuleFileException(file, c.row.line(), null, "criterion " + c.code + " " + problem);
        }
    }

    private static GroupDraft group(String file, Csv.Row row, Map<String, GroupDraft> groups, String code) {
        GroupDraft g = groups.get(code);
        if (g == null) {
            throw new RuleFileException(file, row.line(), row.cellName(1), "unknown group or container '" + code
                    + "' (declare it on a 'Group' or 'Criterion' row above)");
        }
        return g;
    }

    private static CriterionDraft criterion(String file, Csv.Row row, int column, Map<String, CriterionDraft> criteria) {
        CriterionDraft c = criteria.get(row.cell(column));
        if (c == null) {
            throw new RuleFileException(file, row.line(), row.cellName(Math.max(column, 0)), "unknown criterion '"
                    + row.cell(column) + "'");
        }
        return c;
    }

    private static String effect(String file, Csv.Row row, int column) {
        String effect = row.cell(column);
        if (!effect.equals("NOT_ASSESSED") && !effect.equals("ELIMINATED")) {
            throw new RuleFileException(file, row.line(), row.cellName(column),
                    "effect must be NOT_ASSESSED or ELIMINATED: '" + effect + "'");
        }
        return effect;
    }

    private static PartCode partCode(String file, Csv.Row row, int column) {
        try {
            return PartCode.valueOf(row.cell(column));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, row.line(), row.cellName(column), "part must be A, B or C: '"
                    + row.cell(column) + "'");
        }
    }

    private static String required(String file, Csv.Row row, int column, String what) {
        String v = row.cell(column);
        if (v.isEmpty()) {
            throw new RuleFileException(file, row.line(), row.cellName(column), what + " is missing");
        }
        return v;
    }

    private static BigDecimal number(String file, Csv.Row row, int column, String what) {
        String v = row.cell(column);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new RuleFileException(file, row.line(), row.cellName(column), what + " must be a number: '" + v + "'");
        }
    }

    private static int wholeNumber(String file, Csv.Row row, int column, String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RuleFileException(file, row.line(), column < 0 ? null : row.cellName(column),
                    what + " must be a whole number: '" + value + "'");
        }
    }

    /**
     * Reads an edition file and the files it refers to.
     *
     * @param file           the edition file's name
     * @param text           its content
     * @param classification the content of the edition's classification file, or {@code null}
     * @param setLoader      reads a criteria-set file named relative to the edition file
     * @return the edition
     * @throws RuleFileException naming the file, line and cell of the first problem
     */
    public static Edition readEdition(String file, String text, String classification,
                                      Function<String, CriteriaSet> setLoader) {
        List<RuleFileException> problems = new ArrayList<>();
        Edition edition = readEdition(file, Csv.parse(file, text), classification, setLoader, SCALE, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return edition;
    }

    /**
     * Reads an edition file; problems that leave it readable are added to {@code problems}: star bands
     * with a gap or an overlap, bands that do not run from 0 to {@code scale}, a star level given twice,
     * part maxima that do not total {@code scale}.
     *
     * @param file           the edition file's name
     * @param rows           its rows
     * @param classification the content of the edition's classification file, or {@code null}
     * @param setLoader      reads a criteria-set file named relative to the edition file; when it returns
     *                       {@code null} the {@code Set} row is skipped (a pack's edition file, whose sets
     *                       come from its manifest)
     * @param scale          the highest total (100 for the national criteria)
     * @param problems       receives the problems that do not stop the reading
     * @return the edition
     * @throws RuleFileException naming the file, line and cell of a problem that stops the reading
     */
    public static Edition readEdition(String file, List<Csv.Row> rows, String classification,
                                      Function<String, CriteriaSet> setLoader, BigDecimal scale,
                                      List<RuleFileException> problems) {
        Sections sections = sections(file, rows);
        Map<String, String> props = new LinkedHashMap<>();
        Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
        Csv.Row firstPart = null;
        List<CriteriaSet> sets = new ArrayList<>();
        List<vn.ocop.catalogue.Amendment> amendments = new ArrayList<>();
        List<vn.ocop.catalogue.RecognitionRule> recognition = new ArrayList<>();
        int certificateMonths = 0;
        vn.ocop.catalogue.ReEvaluationWindow window = null;
        vn.ocop.catalogue.Transition transition = null;
        for (Csv.Row row : sections.header()) {
            String key = row.cell(0);
            if (row.isBlank() || DROOLS_KEYWORDS.contains(key)) {
                continue;
            }
            switch (key) {
                case "Edition", "Act", "Title", "Signed", "EffectiveFrom", "EffectiveTo" -> props.put(key, row.cell(1));
                case "Part" -> {
                    parts.put(partCode(file, row, 1), number(file, row, 2, "part maximum"));
                    firstPart = firstPart == null ? row : firstPart;
                }
                case "Set" -> {
                    CriteriaSet set = setLoader.apply(required(file, row, 2, "set file"));
                    if (set == null) {
                        continue;
                    }
                    if (!set.id().equals(row.cell(1))) {
                        throw new RuleFileException(file, row.line(), row.cellName(1), "file " + row.cell(2)
                                + " defines criteria set " + set.id() + ", not " + row.cell(1));
                    }
                    sets.add(set);
                }
                case "Amendment" -> amendments.add(new vn.ocop.catalogue.Amendment(required(file, row, 1, "act"),
                        cellDate(file, row, 2), row.cell(3)));
                case "Recognition" -> recognition.add(new vn.ocop.catalogue.RecognitionRule(
                        wholeNumber(file, row, 1, row.cell(1), "star level"), required(file, row, 2, "level"),
                        row.cell(3).isEmpty() ? null : cellDate(file, row, 3),
                        row.cell(4).isEmpty() ? null : cellDate(file, row, 4), required(file, row, 5, "authority")));
                case "CertificateMonths" -> certificateMonths = wholeNumber(file, row, 1, row.cell(1), "months");
                case "ReEvaluationWindow" -> window = new vn.ocop.catalogue.ReEvaluationWindow(
                        wholeNumber(file, row, 1, row.cell(1), "days"), wholeNumber(file, row, 2, row.cell(2), "days"));
                case "Transition" -> transition = new vn.ocop.catalogue.Transition(required(file, row, 1, "edition"),
                        wholeNumber(file, row, 2, row.cell(2), "days"), wholeNumber(file, row, 3, row.cell(3), "days"));
                default -> throw new RuleFileException(file, row.line(), row.cellName(0), "unknown header row '" + key
                        + "' (expected Edition, Act, Title, Signed, EffectiveFrom, EffectiveTo, Part, Set, Amendment,"
                        + " Recognition, CertificateMonths, ReEvaluationWindow or Transition)");
            }
        }
        String id = props.get("Edition");
        if (id == null || id.isEmpty()) {
            throw new RuleFileException(file, 1, null, "no 'Edition' row names the edition");
        }
        for (CriteriaSet s : sets) {
            if (!s.edition().equals(id)) {
                throw new RuleFileException(s.file(), 0, null, "criteria set " + s.id() + " says it belongs to edition "
                        + s.edition() + ", but edition file " + file + " lists it under " + id);
            }
        }
        BigDecimal partTotal = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (firstPart != null && partTotal.compareTo(scale) != 0) {
            problems.add(new RuleFileException(file, firstPart.line(), firstPart.cellName(2), "the part maxima add up to "
                    + partTotal.toPlainString() + ", not " + scale.toPlainString()));
        }
        List<StarBand> bands = new ArrayList<>();
        Map<String, Csv.Row> bandRows = new java.util.HashMap<>();
        int bandFrom = -1;
        for (Table t : sections.tables()) {
            if (!t.title().toLowerCase(Locale.ROOT).endsWith("star bands")) {
                throw new RuleFileException(file, t.titleLine(), "A" + t.titleLine(),
                        "unknown RuleTable '" + t.title() + "' (an edition file has one: star bands)");
            }
            int name = t.column("NAME", 0);
            int from = t.column("CONDITION", 0);
            int below = t.column("CONDITION", 1);
            int upTo = t.column("CONDITION", 2);
            int stars = t.column("ACTION", 0);
            int wording = t.column("DESCRIPTION", 0);
            bandFrom = from;
            for (Csv.Row r : t.rows()) {
                StarBand band = new StarBand(wholeNumber(file, r, stars, r.cell(stars), "stars"),
                        number(file, r, from, "band start"), optionalNumber(file, r, below, "band end"),
                        optionalNumber(file, r, upTo, "band end"), wording < 0 ? "" : r.cell(wording), r.cell(name));
                if ((band.below() == null) == (band.upTo() == null)) {
                    throw new RuleFileException(file, r.line(), r.cellName(below), "band " + band.rule()
                            + " needs exactly one upper edge: 'Total below' (<) or, for the top band, 'Total up to' (≤)");
                }
                bands.add(band);
                bandRows.put(band.rule(), r);
            }
        }
        checkBands(file, bands, bandRows, bandFrom, scale, problems);
        bands.sort(java.util.Comparator.comparingInt(StarBand::stars).reversed());
        return new Edition(id, props.getOrDefault("Act", id), props.get("Title"), date(file, props, "Signed"),
                date(file, props, "EffectiveFrom"), date(file, props, "EffectiveTo"), parts, bands,
                classification == null ? List.of() : readClassification(file, classification), sets, amendments,
                recognition, certificateMonths, window, transition, file);
    }

    /** The bands, in order of their start, must tile [0, scale] exactly, each star level once. */
    private static void checkBands(String file, List<StarBand> bands, Map<String, Csv.Row> rows, int fromColumn,
                                   BigDecimal scale, List<RuleFileException> problems) {
        if (bands.isEmpty()) {
            problems.add(new RuleFileException(file, 0, null, "the edition has no star bands"));
            return;
        }
        List<StarBand> sorted = new ArrayList<>(bands);
        sorted.sort(java.util.Comparator.comparing(StarBand::from));
        Map<Integer, String> levels = new java.util.HashMap<>();
        BigDecimal reached = BigDecimal.ZERO;
        boolean closed = false;
        for (StarBand b : sorted) {
            Csv.Row row = rows.get(b.rule());
            String other = levels.put(b.stars(), b.rule());
            if (other != null) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(fromColumn), "bands " + other
                        + " and " + b.rule() + " both give " + b.stars() + " stars"));
            }
            int cmp = b.from().compareTo(reached);
            if (closed || cmp < 0) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(fromColumn), "band " + b.rule()
                        + " starts at " + b.from().toPlainString() + ", inside the band below it (overlap)"));
            } else if (cmp > 0) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(fromColumn), "band " + b.rule()
                        + " starts at " + b.from().toPlainString() + ", but the band below it ends at "
                        + reached.toPlainString() + ": totals in between get no band (gap)"));
            }
            reached = b.below() != null ? b.below() : b.upTo();
            closed = b.upTo() != null;
            if (reached.compareTo(b.from()) <= 0 && b.below() != null) {
                problems.add(new RuleFileException(file, row.line(), row.cellName(fromColumn), "band " + b.rule()
                        + " is empty: it starts at " + b.from().toPlainString() + " and ends below "
                        + reached.toPlainString()));
            }
        }
        StarBand top = sorted.get(sorted.size() - 1);
        if (!closed || reached.compareTo(scale) != 0) {
            Csv.Row row = rows.get(top.rule());
            problems.add(new RuleFileException(file, row.line(), row.cellName(fromColumn), "the top band " + top.rule()
                    + (closed ? " ends at " + reached.toPlainString() : " ends below " + reached.toPlainString())
                    + ", but totals run up to " + scale.toPlainString() + " inclusive"
                    + " ('Total up to' " + scale.toPlainString() + " on the top band)"));
        }
    }

    private static LocalDate cellDate(String file, Csv.Row row, int column) {
        try {
            return LocalDate.parse(row.cell(column));
        } catch (DateTimeParseException e) {
            throw new RuleFileException(file, row.line(), row.cellName(column), "expected a date like 2026-05-22: '"
                    + row.cell(column) + "'");
        }
    }

    private static BigDecimal optionalNumber(String file, Csv.Row row, int column, String what) {
        return column < 0 || row.cell(column).isEmpty() ? null : number(file, row, column, what);
    }

    private static LocalDate date(String file, Map<String, String> props, String key) {
        String v = props.getOrDefault(key, "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleFileException(file, 0, null, key + " must be a date like 2026-05-22: '" + v + "'");
        }
    }

    private static List<ProductClass> readClassification(String editionFile, String text) {
        String file = editionFile.replace("edition.drl.csv", "classification.csv");
        List<Csv.Row> rows = Csv.parse(file, text);
        Map<String, String[]> categories = new LinkedHashMap<>();
        Map<String, Map<String, String[]>> groups = new LinkedHashMap<>();
        Map<String, List<ProductClass>> subgroups = new LinkedHashMap<>();
        for (Csv.Row r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            String cat = required(file, r, 0, "category code");
            String grp = required(file, r, 3, "group code");
            categories.putIfAbsent(cat, new String[] {r.cell(1), r.cell(2)});
            groups.computeIfAbsent(cat, k -> new LinkedHashMap<>()).putIfAbsent(grp, new String[] {r.cell(4), r.cell(5)});
            subgroups.computeIfAbsent(grp, k -> new ArrayList<>()).add(new ProductClass(
                    required(file, r, 6, "subgroup code"), r.cell(7), "", required(file, r, 8, "criteria set"), List.of()));
        }
        List<ProductClass> out = new ArrayList<>();
        for (Map.Entry<String, String[]> c : categories.entrySet()) {
            List<ProductClass> gs = new ArrayList<>();
            for (Map.Entry<String, String[]> g : groups.get(c.getKey()).entrySet()) {
                gs.add(new ProductClass(g.getKey(), g.getValue()[0], g.getValue()[1], "", subgroups.get(g.getKey())));
            }
            out.add(new ProductClass(c.getKey(), c.getValue()[0], c.getValue()[1], "", gs));
        }
        return out;
    }
}
