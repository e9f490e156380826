package vn.ocop.rules.internal.files;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.Amendment;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.Confidence;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;
import vn.ocop.catalogue.PartCode;
import vn.ocop.catalogue.ProductClass;
import vn.ocop.catalogue.ReEvaluationWindow;
import vn.ocop.catalogue.RecognitionRule;
import vn.ocop.catalogue.Selection;
import vn.ocop.catalogue.StarBand;
import vn.ocop.catalogue.StopEffect;
import vn.ocop.catalogue.StopRule;
import vn.ocop.catalogue.Transition;
import vn.ocop.sheet.Finding;

/**
 * Reads the rule files, which hold data only, into catalogue records. See {@code docs/rule-files.md}.
 *
 * <p>A criteria-set file lists its rows as the official scoring form does: the set's identity, then each
 * part, its groups, their criteria and each criterion's options with their points and minimum-star markers,
 * then the stop rules. Every row has a kind in column A and fixed columns (see {@link #SET_COLUMNS}); a
 * cell a row kind does not use must be empty. Rows whose column A starts with {@code #} are headings or
 * comments. No cell is ever code: the library writes the rules ({@link RuleWriter}) from the typed values
 * read here, and names them itself.
 */
public final class RuleFiles {
    /**
     * The most rules one set may make: more than twice the largest national set (153, QD26-10). Compiling rules
     * costs time and memory when a pack is loaded, so a pack cannot ask for an unbounded number.
     */
    public static final int MAX_RULES_PER_SET = 400;

    /** The total every national set and band table is checked against, unless a pack declares another scale. */
    public static final BigDecimal SCALE = BigDecimal.valueOf(100);

    /** Columns of a criteria-set file (0-based). */
    static final int KIND = 0;

    static final int CODE = 1;
    static final int CASE = 2;
    static final int OPTION = 3;
    static final int POINTS = 4;
    static final int MARKER = 5;
    static final int TYPE = 6;
    static final int TEXT = 7;
    static final int ENGLISH = 8;

    /** The headings of a criteria-set file's columns, Vietnamese / English; the first row of every exported file. */
    public static final List<String> SET_COLUMNS = List.of(
            "# Loại dòng / Row",
            "Mã / Code",
            "Trường hợp / Case",
            "Phương án / Option",
            "Điểm / Points",
            "Sao tối thiểu / Marker",
            "Kiểu / Type",
            "Nội dung / Wording",
            "Tiếng Anh / English");

    /** Which columns each row kind of a set file uses. */
    private static final Map<String, Set<Integer>> USES = Map.ofEntries(
            Map.entry("CriteriaSet", Set.of(CODE)),
            Map.entry("Edition", Set.of(CODE)),
            Map.entry("Number", Set.of(CODE)),
            Map.entry("Confidence", Set.of(CODE)),
            Map.entry("Name", Set.of(TEXT)),
            Map.entry("Source", Set.of(TEXT)),
            Map.entry("Disqualifier", Set.of(TEXT)),
            Map.entry("DataIssue", Set.of(TEXT)),
            Map.entry("Part", Set.of(CODE, POINTS, TEXT, ENGLISH)),
            Map.entry("Group", Set.of(CODE, POINTS, TEXT, ENGLISH)),
            Map.entry("GroupNote", Set.of(CODE, TEXT)),
            Map.entry("Criterion", Set.of(CODE, POINTS, TYPE, TEXT, ENGLISH)),
            Map.entry("Note", Set.of(CODE, TEXT)),
            Map.entry("Case", Set.of(CODE, CASE, TEXT, ENGLISH)),
            Map.entry("Option", Set.of(CODE, CASE, OPTION, POINTS, MARKER, TEXT, ENGLISH)),
            Map.entry("Stop", Set.of(CODE, CASE, TYPE, TEXT, ENGLISH)),
            Map.entry("StopAtZero", Set.of(CODE, TYPE, TEXT, ENGLISH)));

    /** Words of Drools decision tables and DRL: a file holding them was written for the old, code-bearing format. */
    private static final Set<String> CODE_WORDS = Set.of(
            "RuleSet",
            "Import",
            "Notes",
            "Sequential",
            "SequentialMaxPriority",
            "SequentialMinPriority",
            "Variables",
            "Functions",
            "Queries",
            "Declare",
            "EscapeQuotes",
            "NumericDisabled",
            "Unit",
            "Dialect",
            "RuleTable",
            "NAME",
            "CONDITION",
            "ACTION",
            "METADATA",
            "DESCRIPTION",
            "PRIORITY",
            "package",
            "rule",
            "import",
            "function",
            "query",
            "declare");

    private RuleFiles() {}

    /** Why a kind in column A is refused. */
    private static RuleFileException unknownKind(String file, Csv.Row row, String expected) {
        String kind = row.cell(KIND);
        String first = kind.split("[\\s(]", 2)[0];
        if (CODE_WORDS.contains(first)) {
            return new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(KIND),
                    "'" + abbreviate(kind) + "' is a row of a Drools"
                            + " decision table or of DRL, which are code: rule files hold data only, and the library writes the"
                            + " rules itself (see docs/rule-files.md; code needs a trusted .drl file)");
        }
        return new RuleFileException(
                file,
                row.line(),
                row.cellName(KIND),
                "unknown row '" + abbreviate(kind) + "' (expected " + expected
                        + "; a row starting with # is a comment)");
    }

    private static void unusedCellsEmpty(String file, Csv.Row row, Set<Integer> uses) {
        for (int c = 1; c < row.cells().size(); c++) {
            if (!uses.contains(c) && !row.cell(c).isEmpty()) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(c),
                        "a '" + row.cell(KIND) + "' row does not"
                                + " use column " + Csv.columnName(c) + " ("
                                + (c < SET_COLUMNS.size() ? SET_COLUMNS.get(c) : "beyond the last column")
                                + "); leave it empty: '" + abbreviate(row.cell(c)) + "'");
            }
        }
    }

    /** @param s a cell's text @return it on one line, at most 60 characters, for a message */
    public static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static final class CriterionDraft {
        final Csv.Row row;
        final String code;
        final String parent;
        final String group;
        final BigDecimal max;
        final Selection selection;
        final String label;
        final String labelEn;
        final List<String> notes = new ArrayList<>();
        final Map<Integer, Option> options = new TreeMap<>();
        final Map<Integer, Csv.Row> optionRows = new HashMap<>();
        final Map<Integer, Integer> markers = new TreeMap<>();
        final Map<String, String> caseLabels = new LinkedHashMap<>();
        final Map<String, Map<Integer, Option>> caseOptions = new LinkedHashMap<>();
        final List<CriterionDraft> children = new ArrayList<>();

        CriterionDraft(
                Csv.Row row,
                String code,
                String parent,
                String group,
                BigDecimal max,
                Selection selection,
                String label,
                String labelEn) {
            this.row = row;
            this.code = code;
            this.parent = parent;
            this.group = group;
            this.max = max;
            this.selection = selection;
            this.label = label;
            this.labelEn = labelEn;
        }
    }

    private static final class GroupDraft {
        final Csv.Row row;
        final String code;
        final PartCode part;
        final BigDecimal max;
        final String label;
        final String labelEn;
        final List<String> notes = new ArrayList<>();
        final List<CriterionDraft> criteria = new ArrayList<>();

        GroupDraft(Csv.Row row, String code, PartCode part, BigDecimal max, String label, String labelEn) {
            this.row = row;
            this.code = code;
            this.part = part;
            this.max = max;
            this.label = label;
            this.labelEn = labelEn;
        }
    }

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
     * {@code scale}, minimum markers that ask less for more stars.
     *
     * @param file     the file's name, for messages and for the catalogue
     * @param rows     its rows
     * @param scale    the total the parts must add up to (100 for the national criteria)
     * @param problems receives the problems that do not stop the reading
     * @return the criteria set it defines
     * @throws RuleFileException naming the file, line and cell of a problem that stops the reading
     */
    public static CriteriaSet readSet(
            String file, List<Csv.Row> rows, BigDecimal scale, List<RuleFileException> problems) {
        SetReader reader = new SetReader(file);
        for (Csv.Row row : rows) {
            String kind = row.cell(KIND);
            if (row.isBlank() || kind.startsWith("#")) {
                continue;
            }
            Set<Integer> uses = USES.get(kind);
            if (uses == null) {
                throw unknownKind(
                        file,
                        row,
                        "CriteriaSet, Edition, Number, Name, Confidence, Source, Disqualifier,"
                                + " DataIssue, Part, Group, GroupNote, Criterion, Note, Case, Option, Stop or StopAtZero");
            }
            unusedCellsEmpty(file, row, uses);
            reader.row(kind, row);
        }
        reader.checkComplete();
        return reader.build(scale, problems);
    }

    /**
     * The state of reading one criteria-set file: what the rows declared so far, and where the next row
     * belongs (the current part, group and container criterion). One method per kind of row, then
     * {@link #checkComplete()} and {@link #build}.
     */
    private static final class SetReader {
        private final String file;
        private final Map<String, Csv.Row> props = new LinkedHashMap<>();
        private final List<String> disqualifiers = new ArrayList<>();
        private final List<String> dataIssues = new ArrayList<>();
        private final Map<PartCode, BigDecimal> partMax = new EnumMap<>(PartCode.class);
        private final Map<PartCode, Csv.Row> partRows = new EnumMap<>(PartCode.class);
        private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
        private final Map<String, CriterionDraft> criteria = new LinkedHashMap<>();
        private final List<StopRule> stops = new ArrayList<>();
        private PartCode part;
        private GroupDraft group;
        private CriterionDraft container;
        private String setId;

        SetReader(String file) {
            this.file = file;
        }

        void row(String kind, Csv.Row row) {
            switch (kind) {
                case "CriteriaSet", "Edition", "Number", "Confidence", "Name", "Source" -> property(kind, row);
                case "Disqualifier" -> disqualifiers.add(Cells.required(file, row, TEXT, "disqualifier text"));
                case "DataIssue" -> dataIssues.add(Cells.required(file, row, TEXT, "data issue text"));
                case "Part" -> part(row);
                case "Group" -> group(row);
                case "GroupNote" -> groupNote(row);
                case "Criterion" -> criterionRow(row);
                case "Note" -> criterion(file, row, criteria).notes.add(Cells.required(file, row, TEXT, "note text"));
                case "Case" -> caseRow(row);
                case "Option" -> readOption(file, row, criteria, setId);
                case "Stop" -> stop(row);
                case "StopAtZero" -> stopAtZero(row);
                default -> throw new IllegalStateException(kind);
            }
        }

        private void property(String kind, Csv.Row row) {
            Csv.Row earlier = props.put(kind, row);
            if (earlier != null) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(KIND),
                        "'" + kind + "' is given" + " twice (on line " + earlier.line() + " too)");
            }
            if (kind.equals("CriteriaSet")) {
                setId = Cells.code(file, row, CODE, Cells.SET_CODE, "criteria set code", "QD26-01 or LD26-01");
            } else if (kind.equals("Edition")) {
                Cells.code(file, row, CODE, Cells.EDITION_CODE, "edition", "QD-26-2026");
            } else if (kind.equals("Number")) {
                Cells.whole(file, row, CODE, "set number", 1, 999);
            }
        }

        private void part(Csv.Row row) {
            part = partCode(file, row, CODE);
            once(
                    file,
                    row,
                    partMax.put(part, Cells.decimal(file, row, POINTS, "part maximum")) != null,
                    "part " + part);
            partRows.put(part, row);
            group = null;
            container = null;
        }

        private void group(Csv.Row row) {
            after(file, row, part != null, "Part");
            String code = Cells.code(file, row, CODE, Cells.GROUP_CODE, "group code", "1 or 12");
            once(file, row, groups.containsKey(code), "group " + code);
            group = new GroupDraft(
                    row,
                    code,
                    part,
                    Cells.decimal(file, row, POINTS, "group maximum"),
                    Cells.required(file, row, TEXT, "group heading"),
                    row.cell(ENGLISH));
            groups.put(code, group);
            container = null;
        }

        private void groupNote(Csv.Row row) {
            String code = Cells.required(file, row, CODE, "group code");
            GroupDraft g = groups.get(code);
            if (g == null) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CODE),
                        "note of unknown group '" + code + "' (declare it on a 'Group' row above)");
            }
            g.notes.add(Cells.required(file, row, TEXT, "note text"));
        }

        private void criterionRow(Csv.Row row) {
            after(file, row, group != null, "Group");
            String code = Cells.code(file, row, CODE, Cells.CRITERION_CODE, "criterion code", "1.5 or 6.1.2");
            once(file, row, criteria.containsKey(code), "criterion " + code);
            Selection selection;
            try {
                selection = Selection.fromCode(row.cell(TYPE));
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(TYPE),
                        "criterion type must be" + " single, yes-no, container or cases: '" + abbreviate(row.cell(TYPE))
                                + "'");
            }
            boolean child = container != null && code.startsWith(container.code + ".");
            for (CriterionDraft other : criteria.values()) {
                if (!child && other.selection == Selection.CONTAINER && code.startsWith(other.code + ".")) {
                    throw new RuleFileException(
                            file,
                            row.line(),
                            row.cellName(CODE),
                            "criterion " + code
                                    + " belongs to criterion " + other.code + ", which contains it: put its row with "
                                    + other.code + "'s other criteria, right below it");
                }
            }
            CriterionDraft draft = new CriterionDraft(
                    row,
                    code,
                    child ? container.code : group.code,
                    group.code,
                    Cells.decimal(file, row, POINTS, "criterion maximum"),
                    selection,
                    Cells.required(file, row, TEXT, "criterion wording"),
                    row.cell(ENGLISH));
            if (child) {
                container.children.add(draft);
            } else {
                group.criteria.add(draft);
                container = selection == Selection.CONTAINER ? draft : null;
            }
            criteria.put(code, draft);
        }

        private void caseRow(Csv.Row row) {
            CriterionDraft c = criterion(file, row, criteria);
            if (c.selection != Selection.CASES) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CODE),
                        "criterion " + c.code + " is '" + c.selection.code() + "', so it cannot have cases");
            }
            String code = Cells.code(file, row, CASE, Cells.CASE_CODE, "case", "a or b");
            if (c.caseLabels.put(code, row.cell(TEXT)) != null) {
                throw new RuleFileException(
                        file, row.line(), row.cellName(CASE), "criterion " + c.code + " has case " + code + " twice");
            }
            c.caseOptions.put(code, new TreeMap<>());
        }

        private void stop(Csv.Row row) {
            CriterionDraft c = criterion(file, row, criteria);
            String finding = Cells.required(file, row, CASE, "finding");
            if (Finding.fromCode(finding).isEmpty()) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CASE),
                        "unknown finding '" + abbreviate(finding) + "' (see vn.ocop.sheet.Finding for the known ones)");
            }
            stops.add(new StopRule(
                    need(setId, file, row) + " stop " + finding,
                    finding,
                    c.code,
                    effect(file, row, TYPE),
                    row.cell(TEXT)));
        }

        private void stopAtZero(Csv.Row row) {
            CriterionDraft c = criterion(file, row, criteria);
            if (c.selection == Selection.CONTAINER) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CODE),
                        "criterion " + c.code + " contains other criteria: a stop at zero points names one of them");
            }
            stops.add(new StopRule(
                    need(setId, file, row) + " stop " + c.code + " = 0",
                    null,
                    c.code,
                    effect(file, row, TYPE),
                    row.cell(TEXT)));
        }

        /** The set is named, has criteria, unique rule names and not too many rules. */
        void checkComplete() {
            if (setId == null) {
                throw new RuleFileException(file, 1, null, "no 'CriteriaSet' row names the set");
            }
            if (!props.containsKey("Edition")) {
                throw new RuleFileException(file, 1, null, "no 'Edition' row names the edition of " + setId);
            }
            Set<String> stopNames = new java.util.HashSet<>();
            for (StopRule s : stops) {
                if (!stopNames.add(s.rule())) {
                    throw new RuleFileException(file, 0, null, "the stop rule '" + s.rule() + "' is given twice");
                }
            }
            uniqueRuleNames(file, criteria, stopNames);
            int rules = stops.size();
            for (CriterionDraft c : criteria.values()) {
                rules += c.options.size()
                        + c.caseOptions.values().stream().mapToInt(Map::size).sum()
                        + (c.markers.isEmpty() ? 0 : 3); // at most one marker rule per star level 3, 4, 5
            }
            if (rules > MAX_RULES_PER_SET) {
                throw new RuleFileException(
                        file,
                        0,
                        null,
                        "criteria set " + setId + " would make " + rules
                                + " rules (one per option, marker level and stop rule); a set may make at most "
                                + MAX_RULES_PER_SET
                                + ", more than twice the largest national set");
            }
            if (criteria.isEmpty()) {
                throw new RuleFileException(file, 0, null, "criteria set " + setId + " has no 'Criterion' rows");
            }
        }

        CriteriaSet build(BigDecimal scale, List<RuleFileException> problems) {
            List<Part> parts = new ArrayList<>();
            for (Map.Entry<PartCode, BigDecimal> p : partMax.entrySet()) {
                List<CriterionGroup> gs = new ArrayList<>();
                for (GroupDraft g : groups.values()) {
                    if (g.part == p.getKey()) {
                        List<Criterion> cs = new ArrayList<>();
                        for (CriterionDraft c : g.criteria) {
                            cs.add(RuleFiles.build(file, setId, c, problems));
                        }
                        gs.add(CriterionGroup.builder()
                                .code(g.code)
                                .part(g.part)
                                .max(g.max)
                                .label(g.label)
                                .labelEn(g.labelEn)
                                .notes(g.notes)
                                .criteria(cs)
                                .build());
                    }
                }
                parts.add(new Part(p.getKey(), p.getValue(), gs));
            }
            checkArithmetic(file, setId, parts, partRows, groups, criteria, scale, problems);
            Csv.Row number = props.get("Number");
            return CriteriaSet.builder()
                    .id(setId)
                    .edition(props.get("Edition").cell(CODE))
                    .number(number == null ? 0 : Integer.parseInt(number.cell(CODE)))
                    .name(props.containsKey("Name") ? props.get("Name").cell(TEXT) : setId)
                    .confidence(
                            props.containsKey("Confidence")
                                    ? confidence(file, props.get("Confidence"))
                                    : Confidence.UNSTATED)
                    .source(props.containsKey("Source") ? props.get("Source").cell(TEXT) : null)
                    .disqualifiers(disqualifiers)
                    .dataIssues(dataIssues)
                    .parts(parts)
                    .stopRules(stops)
                    .file(file)
                    .build();
        }
    }

    /** A part, group or criterion is declared once. */
    private static void once(String file, Csv.Row row, boolean seen, String what) {
        if (seen) {
            throw new RuleFileException(file, row.line(), row.cellName(CODE), what + " is declared twice");
        }
    }

    /** A group comes after its part's row, a criterion after its group's. */
    private static void after(String file, Csv.Row row, boolean ok, String parent) {
        if (!ok) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(KIND),
                    "a '" + row.cell(KIND) + "' row comes" + " after the '" + parent + "' row it belongs to");
        }
    }

    /**
     * Every rule of a set needs its own name. The names the library gives are unique for codes of the
     * grammar, except that a case option of criterion 1.5 case a and an option of a criterion coded 1.5a
     * would share "1.5a #1".
     */
    private static void uniqueRuleNames(String file, Map<String, CriterionDraft> criteria, Set<String> names) {
        for (CriterionDraft c : criteria.values()) {
            List<Option> all = new ArrayList<>(c.options.values());
            c.caseOptions.values().forEach(m -> all.addAll(m.values()));
            for (Option o : all) {
                if (!names.add(o.rule())) {
                    throw new RuleFileException(
                            file,
                            c.row.line(),
                            c.row.cellName(CODE),
                            "criterion " + c.code
                                    + " would make a second rule named '" + o.rule()
                                    + "': a case option of another criterion"
                                    + " has that name; give the criterion another code");
                }
            }
        }
    }

    private static String need(String setId, String file, Csv.Row row) {
        if (setId == null) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(KIND),
                    "the 'CriteriaSet' row must come before" + " the criteria, options and stop rules");
        }
        return setId;
    }

    private static void readOption(String file, Csv.Row row, Map<String, CriterionDraft> criteria, String setId) {
        CriterionDraft c = criterion(file, row, criteria);
        String caseCode = row.cell(CASE);
        int position = Cells.whole(file, row, OPTION, "option number", 1, 99);
        BigDecimal points = Cells.decimal(file, row, POINTS, "points");
        int marker = Cells.marker(file, row, MARKER);
        String wording = Cells.required(file, row, TEXT, "option wording");
        Map<Integer, Option> target;
        String rule;
        if (!caseCode.isEmpty()) {
            Cells.code(file, row, CASE, Cells.CASE_CODE, "case", "a or b");
            if (c.selection != Selection.CASES) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CASE),
                        "criterion " + c.code + " is '" + c.selection.code()
                                + "', not 'cases': leave the case cell empty");
            }
            target = c.caseOptions.get(caseCode);
            if (target == null) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CASE),
                        "criterion " + c.code + " has no case '"
                                + caseCode + "' (its cases: " + String.join(", ", c.caseLabels.keySet())
                                + "; declare it on a 'Case' row above)");
            }
            if (marker != 0) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(MARKER),
                        "minimum-star markers apply to" + " single-choice criteria; criterion " + c.code
                                + " has cases");
            }
            rule = need(setId, file, row) + " " + c.code + caseCode + " #" + position;
        } else {
            if (c.selection != Selection.SINGLE && c.selection != Selection.YES_NO) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(CODE),
                        "criterion " + c.code + " is '"
                                + c.selection.code() + "': its options belong "
                                + (c.selection == Selection.CASES
                                        ? "to its cases (fill in the case cell)"
                                        : "to the criteria it contains"));
            }
            if (marker != 0 && c.selection != Selection.SINGLE) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(MARKER),
                        "minimum-star markers apply to" + " single-choice criteria; criterion " + c.code
                                + " is yes/no");
            }
            target = c.options;
            rule = need(setId, file, row) + " " + c.code + " #" + position;
            if (marker != 0) {
                for (Map.Entry<Integer, Integer> m : c.markers.entrySet()) {
                    if (m.getValue() == marker) {
                        throw new RuleFileException(
                                file,
                                row.line(),
                                row.cellName(MARKER),
                                "criterion " + c.code
                                        + " already has the " + "*".repeat(marker) + " marker on option " + m.getKey()
                                        + "; the decision prints each marker once per criterion");
                    }
                }
                c.markers.put(position, marker);
            }
            c.optionRows.put(position, row);
        }
        if (target.put(position, new Option(position, points, wording, rule)) != null) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(OPTION),
                    "criterion " + c.code + (caseCode.isEmpty() ? "" : " case " + caseCode)
                            + " has two rows for option " + position);
        }
    }

    /** Maxima against what their options and members add up to, and the parts against the scale. */
    private static void checkArithmetic(
            String file,
            String set,
            List<Part> parts,
            Map<PartCode, Csv.Row> partRows,
            Map<String, GroupDraft> groupRows,
            Map<String, CriterionDraft> criterionRows,
            BigDecimal scale,
            List<RuleFileException> problems) {
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
                    problems.add(new RuleFileException(
                            file,
                            row.line(),
                            row.cellName(POINTS),
                            "group " + g.code()
                                    + " has maximum " + g.max().toPlainString() + ", but its criteria add up to "
                                    + members.toPlainString()));
                }
                groups = groups.add(g.max());
            }
            Csv.Row row = partRows.get(p.code());
            if (groups.compareTo(p.max()) != 0) {
                problems.add(new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(POINTS),
                        "part " + p.code()
                                + " has maximum " + p.max().toPlainString() + ", but its groups add up to "
                                + groups.toPlainString()));
            }
            total = total.add(p.max());
        }
        if (total.compareTo(scale) != 0) {
            Csv.Row first = partRows.values().stream().findFirst().orElse(null);
            problems.add(new RuleFileException(
                    file,
                    first == null ? 0 : first.line(),
                    first == null ? null : first.cellName(POINTS),
                    "the parts of criteria set " + set + " add up to "
                            + total.toPlainString() + ", not " + scale.toPlainString()
                            + (scale.compareTo(SCALE) == 0
                                    ? " (a pack may declare another total with a 'Scale' row)"
                                    : "")));
        }
    }

    private static void checkCriterion(
            String file, Criterion c, Map<String, CriterionDraft> rows, List<RuleFileException> problems) {
        CriterionDraft draft = rows.get(c.code());
        Csv.Row row = draft.row;
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
                best = c.cases().stream()
                        .flatMap(k -> k.options().stream())
                        .map(Option::points)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
                what = "its best case option gives ";
            }
            default -> {
                best = c.options().stream()
                        .map(Option::points)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
                what = "its best option gives ";
            }
        }
        if (best.compareTo(c.max()) != 0) {
            Option top = c.options().stream()
                    .max(Comparator.comparing(Option::points))
                    .orElse(null);
            problems.add(new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(POINTS),
                    "criterion " + c.code()
                            + " has maximum " + c.max().toPlainString() + ", but " + what + best.toPlainString()
                            + (top != null && c.selection() == Selection.SINGLE
                                    ? " (option " + top.position() + "): correct the maximum or the option's points"
                                    : "")));
        }
        // Markers must ask at least as much for more stars.
        Minimum lower = null;
        for (Minimum m : c.minimums()) {
            if (lower != null && m.points().compareTo(lower.points()) < 0 && m.markedOption() != lower.markedOption()) {
                Csv.Row at = draft.optionRows.get(m.markedOption());
                problems.add(new RuleFileException(
                        file,
                        at.line(),
                        at.cellName(MARKER),
                        "criterion " + c.code()
                                + ": the " + "*".repeat(draft.markers.get(m.markedOption())) + " marker on option "
                                + m.markedOption() + " (" + m.points().toPlainString() + " points) asks less than the "
                                + "*".repeat(draft.markers.get(lower.markedOption())) + " marker on option "
                                + lower.markedOption() + " (" + lower.points().toPlainString()
                                + " points); more stars need at least as many points"));
            }
            lower = m;
        }
    }

    private static Criterion build(String file, String setId, CriterionDraft c, List<RuleFileException> problems) {
        List<Option> options = contiguous(file, c, c.options, "");
        List<CaseDefinition> cases = new ArrayList<>();
        for (Map.Entry<String, String> e : c.caseLabels.entrySet()) {
            cases.add(new CaseDefinition(
                    e.getKey(),
                    e.getValue(),
                    contiguous(file, c, c.caseOptions.get(e.getKey()), " case " + e.getKey())));
        }
        List<Criterion> children = new ArrayList<>();
        for (CriterionDraft child : c.children) {
            children.add(build(file, setId, child, problems));
        }
        switch (c.selection) {
            case SINGLE -> require(file, c, !options.isEmpty(), "has no options ('Option' rows below it)");
            case YES_NO ->
                require(file, c, options.size() == 2, "is yes/no, so it needs exactly two options (1 no, 2 yes)");
            case CONTAINER -> require(file, c, !children.isEmpty(), "is a container without criteria");
            case CASES -> {
                require(file, c, !cases.isEmpty(), "has no cases ('Case' rows below it)");
                for (CaseDefinition k : cases) {
                    require(file, c, !k.options().isEmpty(), "has no options in case " + k.code());
                }
            }
            default -> throw new IllegalStateException(c.selection.toString());
        }
        return Criterion.builder()
                .code(c.code)
                .group(c.group)
                .parent(c.parent)
                .max(c.max)
                .selection(c.selection)
                .label(c.label)
                .labelEn(c.labelEn)
                .notes(c.notes)
                .options(options)
                .cases(cases)
                .children(children)
                .minimums(minimums(setId, c, options))
                .build();
    }

    /**
     * The minimum points per star level, from the markers: markers are cumulative, so the minimum for N stars
     * is the option carrying the highest marker of at most N stars. A {@code ****} option with no
     * {@code *****} option gives the minimum for 4 and 5 stars.
     */
    private static List<Minimum> minimums(String setId, CriterionDraft c, List<Option> options) {
        List<Minimum> out = new ArrayList<>();
        for (int stars = 3; stars <= 5; stars++) {
            int best = 0;
            int option = 0;
            for (Map.Entry<Integer, Integer> m : c.markers.entrySet()) {
                if (m.getValue() <= stars && m.getValue() >= best) {
                    best = m.getValue();
                    option = m.getKey();
                }
            }
            if (option > 0) {
                out.add(new Minimum(
                        stars, options.get(option - 1).points(), option, setId + " " + c.code + " " + stars + "★"));
            }
        }
        return out;
    }

    private static List<Option> contiguous(String file, CriterionDraft c, Map<Integer, Option> options, String where) {
        int expected = 1;
        for (int position : options.keySet()) {
            if (position != expected++) {
                throw new RuleFileException(
                        file,
                        c.row.line(),
                        c.row.cellName(CODE),
                        "criterion " + c.code + where + " has options " + options.keySet()
                                + ": option numbers must run 1, 2, 3 … without gaps");
            }
        }
        return new ArrayList<>(options.values());
    }

    private static void require(String file, CriterionDraft c, boolean ok, String problem) {
        if (!ok) {
            throw new RuleFileException(
                    file, c.row.line(), c.row.cellName(CODE), "criterion " + c.code + " " + problem);
        }
    }

    private static CriterionDraft criterion(String file, Csv.Row row, Map<String, CriterionDraft> criteria) {
        String code = Cells.required(file, row, CODE, "criterion code");
        CriterionDraft c = criteria.get(code);
        if (c == null) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(CODE),
                    "unknown criterion '" + abbreviate(code) + "' (declare it on a 'Criterion' row above)");
        }
        return c;
    }

    private static StopEffect effect(String file, Csv.Row row, int column) {
        return word(file, row, column, StopEffect::fromCode);
    }

    private static Confidence confidence(String file, Csv.Row row) {
        return word(file, row, CODE, Confidence::fromCode);
    }

    /** A cell holding one of a fixed set of words, refused at its cell with the words it may hold. */
    private static <T> T word(String file, Csv.Row row, int column, java.util.function.Function<String, T> parse) {
        String word = row.cell(column);
        try {
            return parse.apply(word);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(
                    file, row.line(), row.cellName(column), e.getMessage() + ": '" + abbreviate(word) + "'");
        }
    }

    private static PartCode partCode(String file, Csv.Row row, int column) {
        try {
            return PartCode.valueOf(row.cell(column));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(column),
                    "part must be A, B or C: '" + abbreviate(row.cell(column)) + "'");
        }
    }

    // ---------------------------------------------------------------- editions

    /** Columns of a {@code Band} row of an edition file. */
    static final int BAND_STARS = 1;

    static final int BAND_FROM = 2;
    static final int BAND_BELOW = 3;
    static final int BAND_UP_TO = 4;
    static final int BAND_WORDING = 5;

    /** The headings of an edition file's band rows. */
    public static final List<String> BAND_COLUMNS = List.of(
            "# Loại dòng / Row",
            "Hạng sao / Stars",
            "Từ (≥) / Total from",
            "Dưới (<) / Total below",
            "Đến (≤) / Total up to",
            "Mô tả / Official wording");

    private static final Map<String, Integer> EDITION_WIDTH = Map.ofEntries(
            Map.entry("Edition", 2),
            Map.entry("Act", 2),
            Map.entry("Title", 2),
            Map.entry("Signed", 2),
            Map.entry("EffectiveFrom", 2),
            Map.entry("EffectiveTo", 2),
            Map.entry("Part", 5),
            Map.entry("Set", 3),
            Map.entry("Amendment", 4),
            Map.entry("Recognition", 6),
            Map.entry("CertificateMonths", 2),
            Map.entry("ReEvaluationWindow", 3),
            Map.entry("Transition", 4),
            Map.entry("Band", 6));

    /**
     * Reads an edition file and the files it refers to, strictly.
     *
     * @throws RuleFileException naming the file, line and cell of the first problem
     */
    public static Edition readEdition(
            String file, String text, String classification, Function<String, CriteriaSet> setLoader) {
        List<RuleFileException> problems = new ArrayList<>();
        Edition edition = readEdition(file, Csv.parse(file, text), classification, setLoader, SCALE, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return edition;
    }

    /**
     * Reads an edition file; problems that leave it readable are added to {@code problems}: star bands
     * with a gap or an overlap, bands that do not run from 0 to {@code scale}, star levels that do not rise
     * with the total, part maxima that do not total {@code scale}.
     *
     * @param setLoader reads a criteria-set file named relative to the edition file; when it returns
     *                  {@code null} the {@code Set} row is skipped (a pack's edition file, whose sets come from
     *                  its manifest)
     */
    public static Edition readEdition(
            String file,
            List<Csv.Row> rows,
            String classification,
            Function<String, CriteriaSet> setLoader,
            BigDecimal scale,
            List<RuleFileException> problems) {
        Map<String, String> props = new LinkedHashMap<>();
        Map<PartCode, BigDecimal> parts = new EnumMap<>(PartCode.class);
        Csv.Row firstPart = null;
        List<CriteriaSet> sets = new ArrayList<>();
        List<Amendment> amendments = new ArrayList<>();
        List<RecognitionRule> recognition = new ArrayList<>();
        int certificateMonths = 0;
        ReEvaluationWindow window = null;
        Transition transition = null;
        List<StarBand> bands = new ArrayList<>();
        Map<String, Csv.Row> bandRows = new HashMap<>();
        String id = null;
        for (Csv.Row row : rows) {
            String key = row.cell(0);
            if (row.isBlank() || key.startsWith("#")) {
                continue;
            }
            Integer width = EDITION_WIDTH.get(key);
            if (width == null) {
                throw unknownKind(
                        file,
                        row,
                        "Edition, Act, Title, Signed, EffectiveFrom, EffectiveTo, Part, Set,"
                                + " Amendment, Recognition, CertificateMonths, ReEvaluationWindow, Transition or Band");
            }
            noCellsBeyond(file, row, key, width);
            switch (key) {
                case "Edition" -> {
                    id = Cells.code(file, row, 1, Cells.EDITION_CODE, "edition", "QD-26-2026");
                    props.put(key, id);
                }
                case "Act", "Title" -> props.put(key, row.cell(1));
                case "Signed", "EffectiveFrom", "EffectiveTo" -> {
                    Cells.optionalDate(file, row, 1, key);
                    props.put(key, row.cell(1));
                }
                case "Part" -> {
                    PartCode code = partCode(file, row, 1);
                    if (parts.put(code, Cells.decimal(file, row, 2, "part maximum")) != null) {
                        throw new RuleFileException(
                                file, row.line(), row.cellName(1), "part " + code + " is declared twice");
                    }
                    firstPart = firstPart == null ? row : firstPart;
                }
                case "Set" -> {
                    CriteriaSet set = listedSet(file, row, setLoader);
                    if (set != null) {
                        sets.add(set);
                    }
                }
                case "Amendment" ->
                    amendments.add(new Amendment(
                            Cells.required(file, row, 1, "act"),
                            Cells.date(file, row, 2, "amendment date"),
                            row.cell(3)));
                case "Recognition" ->
                    recognition.add(new RecognitionRule(
                            Cells.whole(file, row, 1, "star level", 1, 5),
                            Cells.required(file, row, 2, "level"),
                            Cells.optionalDate(file, row, 3, "from"),
                            Cells.optionalDate(file, row, 4, "to"),
                            Cells.required(file, row, 5, "authority")));
                case "CertificateMonths" -> certificateMonths = Cells.whole(file, row, 1, "months", 1, 240);
                case "ReEvaluationWindow" ->
                    window = new ReEvaluationWindow(
                            Cells.whole(file, row, 1, "days", 0, 3650), Cells.whole(file, row, 2, "days", 0, 3650));
                case "Transition" ->
                    transition = new Transition(
                            Cells.code(file, row, 1, Cells.EDITION_CODE, "edition", "QD-148-2023"),
                            Cells.whole(file, row, 2, "days", 0, 3650),
                            Cells.whole(file, row, 3, "days", 0, 3650));
                case "Band" -> bands.add(band(file, row, id, bandRows));
                default -> throw new IllegalStateException(key);
            }
        }
        checkEdition(file, id, sets, parts, firstPart, scale, problems);
        checkBands(file, bands, bandRows, scale, problems);
        bands.sort(Comparator.comparingInt(StarBand::stars).reversed());
        return Edition.builder()
                .id(id)
                .act(props.getOrDefault("Act", id))
                .title(props.get("Title"))
                .signed(date(props, "Signed"))
                .effectiveFrom(date(props, "EffectiveFrom"))
                .effectiveTo(date(props, "EffectiveTo"))
                .partMaxima(parts)
                .bands(bands)
                .classification(classification == null ? List.of() : readClassification(file, classification))
                .sets(sets)
                .amendments(amendments)
                .recognition(recognition)
                .certificateMonths(certificateMonths)
                .reEvaluation(window)
                .transition(transition)
                .file(file)
                .build();
    }

    /** A row of the edition file has no value beyond its kind's cells. */
    private static void noCellsBeyond(String file, Csv.Row row, String key, int width) {
        for (int c = width; c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                throw new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(c),
                        "a '" + key + "' row has "
                                + (width - 1) + " value cells; leave column " + Csv.columnName(c) + " empty: '"
                                + abbreviate(row.cell(c)) + "'");
            }
        }
    }

    /** The set a 'Set' row lists, read by {@code setLoader}; {@code null} when the loader skips it. */
    private static CriteriaSet listedSet(String file, Csv.Row row, Function<String, CriteriaSet> setLoader) {
        String code = Cells.code(file, row, 1, Cells.SET_CODE, "criteria set code", "QD26-01");
        CriteriaSet set = setLoader.apply(Cells.required(file, row, 2, "set file"));
        if (set != null && !set.id().equals(code)) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(1),
                    "file " + row.cell(2) + " defines criteria set " + set.id() + ", not " + code);
        }
        return set;
    }

    /** A 'Band' row: one star level's band, with exactly one upper edge, once per level. */
    private static StarBand band(String file, Csv.Row row, String id, Map<String, Csv.Row> bandRows) {
        if (id == null) {
            throw new RuleFileException(
                    file, row.line(), row.cellName(0), "the 'Edition' row must come" + " before the bands");
        }
        int stars = Cells.whole(file, row, BAND_STARS, "star level", 1, 5);
        StarBand band = new StarBand(
                stars,
                Cells.decimal(file, row, BAND_FROM, "band start"),
                Cells.optionalDecimal(file, row, BAND_BELOW, "band end"),
                Cells.optionalDecimal(file, row, BAND_UP_TO, "band end"),
                row.cell(BAND_WORDING),
                id + " " + stars + "★");
        if ((band.below() == null) == (band.upTo() == null)) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(BAND_BELOW),
                    "the " + stars
                            + "★ band needs exactly one upper edge: 'Total below' (<) or, for the top band,"
                            + " 'Total up to' (≤)");
        }
        if (bandRows.put(band.rule(), row) != null) {
            throw new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(BAND_STARS),
                    "two bands give " + stars + " stars; each star level has one band");
        }
        return band;
    }

    /** The edition is named, lists only its own sets, and its parts add up to the scale. */
    private static void checkEdition(
            String file,
            String id,
            List<CriteriaSet> sets,
            Map<PartCode, BigDecimal> parts,
            Csv.Row firstPart,
            BigDecimal scale,
            List<RuleFileException> problems) {
        if (id == null) {
            throw new RuleFileException(file, 1, null, "no 'Edition' row names the edition");
        }
        for (CriteriaSet s : sets) {
            if (!s.edition().equals(id)) {
                throw new RuleFileException(
                        s.file(),
                        0,
                        null,
                        "criteria set " + s.id() + " says it belongs to edition " + s.edition() + ", but edition file "
                                + file + " lists it under " + id);
            }
        }
        BigDecimal partTotal = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (firstPart != null && partTotal.compareTo(scale) != 0) {
            problems.add(new RuleFileException(
                    file,
                    firstPart.line(),
                    firstPart.cellName(2),
                    "the part maxima add up" + " to " + partTotal.toPlainString() + ", not " + scale.toPlainString()));
        }
    }

    private static java.time.LocalDate date(Map<String, String> props, String key) {
        String v = props.getOrDefault(key, "");
        return v.isEmpty() ? null : java.time.LocalDate.parse(v);
    }

    /**
     * The bands, in order of their start, must tile [0, scale] exactly, with star levels that rise with the
     * total. A wrong edge between two bands is reported once, naming both cells.
     */
    private static void checkBands(
            String file,
            List<StarBand> bands,
            Map<String, Csv.Row> rows,
            BigDecimal scale,
            List<RuleFileException> problems) {
        if (bands.isEmpty()) {
            problems.add(new RuleFileException(file, 0, null, "the edition has no star bands ('Band' rows)"));
            return;
        }
        List<StarBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(StarBand::from));
        StarBand first = sorted.get(0);
        if (first.from().signum() != 0) {
            Csv.Row row = rows.get(first.rule());
            problems.add(new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(BAND_FROM),
                    "the lowest band (" + first.stars() + "★) starts at "
                            + first.from().toPlainString() + ", but totals start at 0"));
        }
        for (int i = 0; i < sorted.size(); i++) {
            StarBand b = sorted.get(i);
            Csv.Row row = rows.get(b.rule());
            BigDecimal end = b.below() != null ? b.below() : b.upTo();
            if (end.compareTo(b.from()) < 0 || (b.below() != null && end.compareTo(b.from()) == 0)) {
                problems.add(new RuleFileException(
                        file,
                        row.line(),
                        row.cellName(b.below() != null ? BAND_BELOW : BAND_UP_TO),
                        "the " + b.stars() + "★ band is empty: it starts at "
                                + b.from().toPlainString() + " and ends " + (b.below() != null ? "below " : "at ")
                                + end.toPlainString()));
                continue;
            }
            if (i + 1 < sorted.size()) {
                StarBand next = sorted.get(i + 1);
                Csv.Row nextRow = rows.get(next.rule());
                if (b.upTo() != null) {
                    problems.add(new RuleFileException(
                            file,
                            row.line(),
                            row.cellName(BAND_UP_TO),
                            "the " + b.stars()
                                    + "★ band is closed ('Total up to' " + end.toPlainString() + "), but the "
                                    + next.stars()
                                    + "★ band starts above it at " + next.from().toPlainString()
                                    + "; only the top band is"
                                    + " closed, the others end with 'Total below'"));
                } else if (end.compareTo(next.from()) != 0) {
                    problems.add(new RuleFileException(
                            file,
                            nextRow.line(),
                            nextRow.cellName(BAND_FROM),
                            "the "
                                    + b.stars() + "★ band ends below " + end.toPlainString() + " (cell "
                                    + row.cellName(BAND_BELOW) + ") but the " + next.stars() + "★ band starts at "
                                    + next.from().toPlainString()
                                    + (end.compareTo(next.from()) < 0
                                            ? ": totals in between get no band (gap)"
                                            : ": the bands overlap")
                                    + "; one of the two edges is mistyped"));
                }
                if (next.stars() <= b.stars()) {
                    problems.add(new RuleFileException(
                            file,
                            nextRow.line(),
                            nextRow.cellName(BAND_STARS),
                            "the band"
                                    + " from " + next.from().toPlainString() + " gives " + next.stars()
                                    + "★, but the lower"
                                    + " band from " + b.from().toPlainString() + " gives " + b.stars()
                                    + "★: star levels must"
                                    + " rise with the total (are two rows' star levels swapped?)"));
                }
            }
        }
        StarBand top = sorted.get(sorted.size() - 1);
        BigDecimal reached = top.below() != null ? top.below() : top.upTo();
        if (top.upTo() == null || reached.compareTo(scale) != 0) {
            Csv.Row row = rows.get(top.rule());
            problems.add(new RuleFileException(
                    file,
                    row.line(),
                    row.cellName(top.upTo() == null ? BAND_BELOW : BAND_UP_TO),
                    "the top band (" + top.stars() + "★) " + (top.upTo() != null ? "ends at " : "ends below ")
                            + reached.toPlainString() + ", but totals run up to " + scale.toPlainString()
                            + " inclusive ('Total up to' " + scale.toPlainString() + " on the top band)"));
        }
    }

    // ---------------------------------------------------------------- classification

    /** The classification file's header row. */
    public static final List<String> CLASSIFICATION_COLUMNS = List.of(
            "Category",
            "Category (vi)",
            "Category (en)",
            "Group",
            "Group (vi)",
            "Group (en)",
            "Subgroup",
            "Subgroup (vi)",
            "Criteria set");

    /**
     * @param editionFile the edition file, whose folder holds the classification file
     * @param text        the classification file's content
     * @return categories → groups → subgroups, each subgroup naming its criteria set
     */
    public static List<ProductClass> readClassification(String editionFile, String text) {
        String file = editionFile.substring(0, editionFile.lastIndexOf('/') + 1) + "classification.csv";
        List<Csv.Row> rows = Csv.parse(file, text);
        Map<String, String[]> categories = new LinkedHashMap<>();
        Map<String, Map<String, String[]>> groups = new LinkedHashMap<>();
        Map<String, List<ProductClass>> subgroups = new LinkedHashMap<>();
        for (Csv.Row r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            String cat = Cells.required(file, r, 0, "category code");
            String grp = Cells.required(file, r, 3, "group code");
            categories.putIfAbsent(cat, new String[] {r.cell(1), r.cell(2)});
            groups.computeIfAbsent(cat, k -> new LinkedHashMap<>())
                    .putIfAbsent(grp, new String[] {r.cell(4), r.cell(5)});
            subgroups
                    .computeIfAbsent(grp, k -> new ArrayList<>())
                    .add(new ProductClass(
                            Cells.required(file, r, 6, "subgroup code"),
                            r.cell(7),
                            "",
                            Cells.code(file, r, 8, Cells.SET_CODE, "criteria set", "QD26-01"),
                            List.of()));
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
