package vn.ocop.rules.internal.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Workbook;
import vn.ocop.pack.PackProblem;
import vn.ocop.rules.internal.files.Csv;

/**
 * Reads workbooks ({@code .xlsx}) into rows ({@link XlsxReader}; Apache POI only writes them). Cells are
 * read as the value a spreadsheet holds, without rounding: a number is written in full ({@code 2.5}, {@code 3}), a date as
 * {@code 2026-05-22}. A formula is refused: a rule file holds values, and what a formula shows depends on
 * when the spreadsheet last recalculated it. The one exception is a column whose heading is
 * {@link #CHECK_HEADING}: the library writes its own checks there and never reads it.
 */
final class Workbooks {
    /** The heading of the column of checks (sums against maxima) in an exported set sheet; never read. */
    static final String CHECK_HEADING = "Kiểm tra / Check";
    /** The first column the check column may be (J). */
    static final int CHECK_COLUMN = 9;
    /** No rule file has data beyond column Z. */
    static final int MAX_COLUMNS = 26;

    private Workbooks() {}

    /** The worksheets of a workbook, by name in workbook order, and the cells refused while reading them. */
    record Sheets(Map<String, List<Csv.Row>> sheets, List<PackProblem> problems) {}

    /**
     * @param file  the workbook's path in the pack, for messages
     * @param bytes  its content
     * @param limits the bounds on its size
     * @return its worksheets
     * @throws vn.ocop.LimitExceededException when it is larger than the limits allow
     */
    static Sheets read(String file, byte[] bytes, vn.ocop.Limits limits) {
        Map<String, List<Csv.Row>> out = new LinkedHashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        List<XlsxReader.Sheet> sheets;
        try {
            sheets = XlsxReader.read(bytes, file, limits);
        } catch (vn.ocop.LimitExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problems.add(new PackProblem(
                    file,
                    0,
                    null,
                    "cannot read the workbook (is it an .xlsx file?): "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            return new Sheets(out, problems);
        }
        for (XlsxReader.Sheet sheet : sheets) {
            String name = sheet.name();
            String label = name.matches("[A-Za-z0-9_]+") ? name : "'" + name.replace("'", "''") + "'";
            if (out.containsKey(name)) {
                problems.add(
                        new PackProblem(
                                file,
                                0,
                                null,
                                "two sheets are named '" + name + "': a spreadsheet"
                                        + " program shows one and renames the other, so the workbook is refused; rename or delete one"));
                continue;
            }
            if (sheet.hidden()) {
                problems.add(new PackProblem(
                        file,
                        0,
                        null,
                        "sheet '" + name + "' is hidden: whoever checks the"
                                + " workbook cannot see it; unhide it or delete it"));
                out.put(name, List.of());
                continue;
            }
            if (name.equals(PackLoader.GUIDE_SHEET)) {
                out.put(name, List.of()); // the library's instructions: never read
                continue;
            }
            Map<Integer, Map<Integer, XlsxReader.Cell>> byRow = new TreeMap<>();
            for (XlsxReader.Cell c : sheet.cells()) {
                byRow.computeIfAbsent(c.row(), k -> new TreeMap<>()).put(c.column(), c);
            }
            Set<Integer> ignored = new HashSet<>();
            boolean headingSeen = false;
            List<Csv.Row> rows = new ArrayList<>();
            // Only the rows that hold cells: a sheet's empty rows read as nothing.
            for (Map.Entry<Integer, Map<Integer, XlsxReader.Cell>> e : byRow.entrySet()) {
                int r = e.getKey();
                Map<Integer, XlsxReader.Cell> cellsOfRow = e.getValue();
                int width = ((TreeMap<Integer, ?>) cellsOfRow).lastKey() + 1;
                if (width > MAX_COLUMNS) {
                    XlsxReader.Cell far = ((TreeMap<Integer, XlsxReader.Cell>) cellsOfRow)
                            .lastEntry()
                            .getValue();
                    problems.add(new PackProblem(
                            file,
                            r,
                            label + "!" + Csv.columnName(far.column()) + r,
                            "a cell beyond" + " column " + Csv.columnName(MAX_COLUMNS - 1)
                                    + ", where no rule file has data: leave it empty"));
                    width = MAX_COLUMNS;
                }
                List<String> cells = new ArrayList<>();
                XlsxReader.Cell first = cellsOfRow.get(0);
                // The library's check column: a column from J on whose heading, in the sheet's first heading row, is
                // CHECK_HEADING. It is never read.
                boolean heading = !headingSeen
                        && first != null
                        && first.formula() == null
                        && first.text().startsWith("#");
                headingSeen |= heading;
                for (int c = 0; c < width; c++) {
                    XlsxReader.Cell cell = cellsOfRow.get(c);
                    if (cell == null || ignored.contains(c)) {
                        cells.add("");
                    } else if (heading
                            && c >= CHECK_COLUMN
                            && cell.formula() == null
                            && cell.text().trim().equals(CHECK_HEADING)) {
                        ignored.add(c);
                        cells.add("");
                    } else {
                        cells.add(text(file, label, cell, problems));
                    }
                }
                rows.add(new Csv.Row(r, cells, label));
            }
            out.put(name, rows);
        }
        return new Sheets(out, problems);
    }

    private static String text(String file, String sheet, XlsxReader.Cell cell, List<PackProblem> problems) {
        String where = sheet + "!" + Csv.columnName(cell.column()) + cell.row();
        if (cell.formula() != null) {
            String shown = cell.text().isEmpty()
                    ? ""
                    : cell.formulaShowsText()
                            ? " (the spreadsheet last showed '" + cell.text() + "')"
                            : " (the spreadsheet last showed " + safeNumber(cell.text()) + ")";
            problems.add(new PackProblem(
                    file,
                    cell.row(),
                    where,
                    "the cell holds a formula (=" + cell.formula()
                            + "): rule files hold values, so type the value itself" + shown));
            return "";
        }
        if (cell.error()) {
            problems.add(new PackProblem(file, cell.row(), where, "the cell holds an error value " + cell.text()));
            return "";
        }
        return cell.text();
    }

    private static String safeNumber(String stored) {
        try {
            return XlsxReader.number(stored);
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    /** A double as the shortest decimal that reads back as it: 3, 2.5, 0.25. */
    static String number(double d) {
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** Serialises a workbook. */
    static byte[] bytes(Workbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a workbook in memory", e);
        }
    }
}
