package vn.ocop.rules.workbook;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.Limit;
import vn.ocop.Limits;
import vn.ocop.SheetProblem;
import vn.ocop.json.OcopJson;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.rules.internal.files.Csv;
import vn.ocop.rules.internal.pack.XlsxReader;

/**
 * A portfolio as a table, the way an officer keeps it in Excel or LibreOffice: a workbook ({@code .xlsx}, its
 * first visible sheet) or a CSV file (UTF-8) whose first row names the columns, one row per recognition:
 * <pre>
 * id | name | criteriaSet | province | district | commune | stars | edition | recognitionDate | certificate | level | expires
 * </pre>
 * The names are those of the JSON Lines contract ({@code docs/portfolio.md}), in any order and case; other columns
 * are ignored. The rows of one id are one product: its name, set and locality are read from the first row that
 * gives them (a later row giving another value is a problem); a row with no {@code stars}, {@code edition} or
 * {@code recognitionDate} is a product with no recognition. Each product is checked as its JSON line would be,
 * and every problem is named by its cell ({@code Sheet1!G3}). A formula's cell counts with the value the
 * spreadsheet last computed and stored.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PortfolioTables {
    private PortfolioTables() {}

    /** The columns, in the order a new table should have them. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "criteriaSet",
            "province",
            "district",
            "commune",
            "stars",
            "edition",
            "recognitionDate",
            "certificate",
            "level",
            "expires");

    private static final List<String> PRODUCT = List.of("name", "criteriaSet", "province", "district", "commune");
    private static final List<String> RECOGNITION =
            List.of("stars", "edition", "recognitionDate", "certificate", "level", "expires");

    /**
     * @param file  the file's name: {@code .xlsx} is read as a workbook, anything else as CSV
     * @param bytes its content
     * @param limits the bounds: {@link Limit#TABLE_CELLS}, {@link Limit#PORTFOLIO_PRODUCTS}
     * @param problems where every problem is added, named by its cell
     * @return the products, in the order of their first rows; complete only when no problem was added
     * @throws vn.ocop.LimitExceededException when the table is larger than the limits allow
     */
    public static List<PortfolioProduct> read(String file, byte[] bytes, Limits limits, List<SheetProblem> problems) {
        return read(file, bytes, limits, null, problems);
    }

    /**
     * As {@link #read(String, byte[], Limits, List)}, and also names by its cell what the portfolio rules would
     * refuse later: a recognition under an edition not in {@code editions}, a certificate that expires before its
     * recognition.
     *
     * @param file     the file's name: {@code .xlsx} is read as a workbook, anything else as CSV
     * @param bytes    its content
     * @param limits   the bounds: {@link Limit#TABLE_CELLS}, {@link Limit#PORTFOLIO_PRODUCTS}
     * @param editions the edition ids a recognition may name, or {@code null} not to check them here
     * @param problems where every problem is added, named by its cell
     * @return the products, in the order of their first rows; complete only when no problem was added
     */
    public static List<PortfolioProduct> read(
            String file,
            byte[] bytes,
            Limits limits,
            java.util.@Nullable Collection<String> editions,
            List<SheetProblem> problems) {
        List<Row> rows = file.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? workbook(file, bytes, limits, problems)
                : csv(file, bytes, limits, problems);
        if (rows == null) {
            return List.of();
        }
        int before = problems.size();
        List<PortfolioProduct> out = products(rows, limits, file, editions, problems);
        // a cell holding an error value is reported as such, once: not also as the value it fails to be
        java.util.Set<String> errors = new java.util.HashSet<>();
        for (SheetProblem p : problems.subList(0, before)) {
            errors.add(p.path());
        }
        List<SheetProblem> later = new ArrayList<>(problems.subList(before, problems.size()));
        problems.subList(before, problems.size()).clear();
        later.stream().filter(p -> !errors.contains(p.path())).forEach(problems::add);
        return out;
    }

    /** One row: its cells by column, and where it is ("Sheet1", row 3). */
    private record Row(String sheet, int line, Map<Integer, String> cells) {
        String cell(@Nullable Integer column) {
            return column == null ? "" : cells.getOrDefault(column, "").strip();
        }

        /** A cell as a spreadsheet names it: {@code Sheet1!G3}, or {@code G3} in a CSV file; {@code row 3}. */
        String where(@Nullable Integer column) {
            String cell = column == null ? "row " + line : Csv.columnName(column) + line;
            return sheet.isEmpty() ? cell : sheet + "!" + cell;
        }
    }

    private static @Nullable List<Row> workbook(String file, byte[] bytes, Limits limits, List<SheetProblem> problems) {
        List<XlsxReader.Sheet> sheets;
        try {
            sheets = XlsxReader.read(bytes, file, limits);
        } catch (IOException | RuntimeException e) {
            if (e instanceof vn.ocop.LimitExceededException l) {
                throw l;
            }
            problems.add(new SheetProblem(
                    SheetProblem.Code.UNREADABLE,
                    file,
                    "cannot read the workbook (is it an .xlsx file?): "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            return null;
        }
        XlsxReader.Sheet sheet =
                sheets.stream().filter(s -> !s.hidden()).findFirst().orElse(null);
        if (sheet == null) {
            problems.add(new SheetProblem(SheetProblem.Code.UNREADABLE, file, "the workbook has no visible sheet"));
            return null;
        }
        String label = sheet.name().matches("[A-Za-z0-9_]+")
                ? sheet.name()
                : "'" + sheet.name().replace("'", "''") + "'";
        Map<Integer, Map<Integer, String>> byRow = new java.util.TreeMap<>();
        for (XlsxReader.Cell c : sheet.cells()) {
            if (c.error()) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        label + "!" + Csv.columnName(c.column()) + c.row(),
                        "the cell holds an error value " + c.text()));
                continue;
            }
            byRow.computeIfAbsent(c.row(), k -> new java.util.TreeMap<>()).put(c.column(), c.text());
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((line, cells) -> rows.add(new Row(label, line, cells)));
        return rows;
    }

    private static @Nullable List<Row> csv(String file, byte[] bytes, Limits limits, List<SheetProblem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.UNREADABLE,
                    file,
                    "the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or with the character set"
                            + " Unicode (UTF-8) (LibreOffice)"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try {
            for (Csv.Row r : Csv.parse(file, text, limits.get(Limit.TABLE_CELLS))) {
                Map<Integer, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < r.cells().size(); c++) {
                    cells.put(c, r.cells().get(c));
                }
                rows.add(new Row("", r.line(), cells));
            }
        } catch (vn.ocop.RuleFileException e) {
            problems.add(new SheetProblem(SheetProblem.Code.UNREADABLE, file, e.getMessage()));
            return null;
        }
        return rows;
    }

    private static List<PortfolioProduct> products(
            List<Row> rows,
            Limits limits,
            String file,
            java.util.@Nullable Collection<String> editions,
            List<SheetProblem> problems) {
        int first = 0;
        while (first < rows.size() && rows.get(first).cells().values().stream().allMatch(String::isBlank)) {
            first++;
        }
        if (first == rows.size()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.MISSING_FIELD,
                    "row 1",
                    "the table is empty: its first row names the columns, and one of them is id (the columns: "
                            + String.join(", ", COLUMNS) + ")"));
            return List.of();
        }
        Row heading = rows.get(first);
        Map<String, Integer> columns = new LinkedHashMap<>();
        heading.cells().forEach((c, name) -> {
            for (String known : COLUMNS) {
                if (known.equalsIgnoreCase(name.strip())) {
                    if (columns.putIfAbsent(known, c) != null) {
                        problems.add(new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                heading.where(c),
                                "column " + known + " is also column " + Csv.columnName(columns.get(known))));
                    }
                }
            }
        });
        if (!columns.containsKey("id")) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.MISSING_FIELD,
                    heading.where(null),
                    "the first row names the columns, and one of them is id (the columns: " + String.join(", ", COLUMNS)
                            + ")"));
            return List.of();
        }
        Map<String, List<Row>> byId = new LinkedHashMap<>();
        for (Row r : rows.subList(first + 1, rows.size())) {
            if (r.cells().values().stream().allMatch(String::isBlank)) {
                continue;
            }
            String id = r.cell(columns.get("id"));
            if (id.isEmpty()) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.MISSING_FIELD, r.where(columns.get("id")), "the row has no product id"));
                continue;
            }
            List<Row> group = byId.get(id);
            if (group == null) {
                limits.check(Limit.PORTFOLIO_PRODUCTS, byId.size() + 1L, file);
                byId.put(id, group = new ArrayList<>());
            }
            group.add(r);
        }
        List<PortfolioProduct> out = new ArrayList<>();
        byId.forEach((id, group) -> {
            List<Row> recognitions = new ArrayList<>();
            ObjectNode json = product(id, group, columns, recognitions, problems);
            List<SheetProblem> own = new ArrayList<>();
            PortfolioProduct p = OcopJson.readPortfolioProduct(json.toString(), own);
            for (SheetProblem q : own) {
                problems.add(
                        new SheetProblem(q.code(), cellOf(q.path(), group.get(0), recognitions, columns), q.message()));
            }
            if (p != null) {
                for (int k = 0; k < p.recognitions().size(); k++) {
                    vn.ocop.portfolio.PortfolioRecognition rec =
                            p.recognitions().get(k);
                    Row r = recognitions.get(k);
                    if (editions != null && !editions.contains(rec.edition())) {
                        problems.add(new SheetProblem(
                                SheetProblem.Code.UNKNOWN_EDITION,
                                r.where(columns.get("edition")),
                                "product " + id + ": unknown edition '" + rec.edition() + "' (known: "
                                        + String.join(", ", editions) + ")"));
                    }
                    if (rec.expires() != null && rec.expires().isBefore(rec.recognitionDate())) {
                        problems.add(new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                r.where(columns.get("expires")),
                                "product " + id + ": the certificate expires " + rec.expires()
                                        + ", before the recognition of " + rec.recognitionDate()));
                    }
                }
                out.add(p);
            }
        });
        return out;
    }

    /** The product's JSON line, built from its rows; the rows holding a recognition are added to {@code recognitions}. */
    private static ObjectNode product(
            String id,
            List<Row> group,
            Map<String, Integer> columns,
            List<Row> recognitions,
            List<SheetProblem> problems) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode p = f.objectNode().put("id", id);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Row r : group) {
            for (String field : PRODUCT) {
                String v = r.cell(columns.get(field));
                if (v.isEmpty()) {
                    continue;
                }
                String earlier = fields.putIfAbsent(field, v);
                if (earlier != null && !earlier.equals(v)) {
                    problems.add(new SheetProblem(
                            SheetProblem.Code.INVALID_VALUE,
                            r.where(columns.get(field)),
                            "product " + id + " has " + field + " '" + earlier + "' in an earlier row, not '" + v
                                    + "'"));
                }
            }
            if (RECOGNITION.stream()
                    .limit(3)
                    .anyMatch(k -> !r.cell(columns.get(k)).isEmpty())) {
                recognitions.add(r);
            }
        }
        if (fields.containsKey("name")) {
            p.put("name", fields.get("name"));
        }
        if (fields.containsKey("criteriaSet")) {
            p.put("criteriaSet", fields.get("criteriaSet"));
        }
        ObjectNode locality = p.putObject("locality");
        for (String k : List.of("province", "district", "commune")) {
            if (fields.containsKey(k)) {
                locality.put(k, fields.get(k));
            }
        }
        var list = p.putArray("recognitions");
        for (Row r : recognitions) {
            ObjectNode rec = list.addObject();
            for (String k : RECOGNITION) {
                String v = r.cell(columns.get(k));
                if (v.isEmpty()) {
                    continue;
                }
                if (k.equals("stars") && v.matches("-?\\d{1,9}(\\.\\d+)?")) {
                    rec.put(k, new java.math.BigDecimal(v)); // a number cell, read as the number it shows
                } else {
                    rec.put(k, v);
                }
            }
        }
        return p;
    }

    private static final Pattern RECOGNITION_PATH = Pattern.compile("\\$\\.recognitions\\[(\\d+)\\]\\.?(\\w*)");

    /** The cell a problem of the product's JSON line is about. */
    private static String cellOf(String path, Row first, List<Row> recognitions, Map<String, Integer> columns) {
        Matcher m = RECOGNITION_PATH.matcher(path);
        if (m.lookingAt()) {
            int k = Integer.parseInt(m.group(1));
            Row r = k < recognitions.size() ? recognitions.get(k) : first;
            return r.where(columns.get(m.group(2)));
        }
        String field = path.startsWith("$.locality.")
                ? path.substring("$.locality.".length())
                : path.substring(Math.min(2, path.length()));
        return first.where(columns.get(field));
    }
}
