package vn.ocop.rules.internal.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.ocop.pack.PackProblem;
import vn.ocop.rules.internal.files.Csv;

/**
 * Reads workbooks ({@code .xlsx}) into rows, with Apache POI. Cells are read as the value a spreadsheet
 * holds, without rounding: a number is written in full ({@code 2.5}, {@code 3}), a date as
 * {@code 2026-05-22}. A formula is refused: a rule file holds values, and what a formula shows depends on
 * when the spreadsheet last recalculated it. The one exception is a column whose heading is
 * {@link #CHECK_HEADING}: the library writes its own checks there and never reads it.
 */
final class Workbooks {
    /** The heading of the column of checks (sums against maxima) in an exported set sheet; never read. */
    static final String CHECK_HEADING = "Kiểm tra / Check";

    private Workbooks() {
    }

    /** The worksheets of a workbook, by name in workbook order, and the cells refused while reading them. */
    record Sheets(Map<String, List<Csv.Row>> sheets, List<PackProblem> problems) {
    }

    /**
     * @param file  the workbook's path in the pack, for messages
     * @param bytes its content
     * @return its worksheets
     */
    static Sheets read(String file, byte[] bytes) {
        Map<String, List<Csv.Row>> out = new LinkedHashMap<>();
        List<PackProblem> problems = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                String name = sheet.getSheetName();
                String label = name.matches("[A-Za-z0-9_]+") ? name : "'" + name.replace("'", "''") + "'";
                Set<Integer> ignored = new HashSet<>();
                List<Csv.Row> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            if (ignored.contains(c)) {
                                cells.add("");
                                continue;
                            }
                            cells.add(text(file, label, r + 1, c, row.getCell(c), problems));
                        }
                    }
                    if (!cells.isEmpty() && cells.get(0).startsWith("#")) {
                        for (int c = 0; c < cells.size(); c++) {
                            if (cells.get(c).trim().equals(CHECK_HEADING)) {
                                ignored.add(c);
                                cells.set(c, "");
                            }
                        }
                    }
                    rows.add(new Csv.Row(r + 1, cells, label));
                }
                out.put(name, rows);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new PackProblem(file, 0, null, "cannot read the workbook (is it an .xlsx file?): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        return new Sheets(out, problems);
    }

    private static String text(String file, String sheet, int line, int column, Cell cell, List<PackProblem> problems) {
        if (cell == null) {
            return "";
        }
        String where = sheet + "!" + Csv.columnName(column) + line;
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case FORMULA -> {
                problems.add(new PackProblem(file, line, where, "the cell holds a formula (=" + cell.getCellFormula()
                        + "): rule files hold values, so type the value itself" + cached(cell)
                        + " / Ô chứa công thức: hãy nhập trực tiếp giá trị"));
                yield "";
            }
            case ERROR -> {
                problems.add(new PackProblem(file, line, where, "the cell holds an error value"));
                yield "";
            }
            default -> "";
        };
    }

    private static String cached(Cell cell) {
        try {
            return cell.getCachedFormulaResultType() == CellType.NUMERIC
                    ? " (the spreadsheet last showed " + number(cell.getNumericCellValue()) + ")"
                    : cell.getCachedFormulaResultType() == CellType.STRING
                    ? " (the spreadsheet last showed '" + cell.getStringCellValue() + "')" : "";
        } catch (RuntimeException e) {
            return "";
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
