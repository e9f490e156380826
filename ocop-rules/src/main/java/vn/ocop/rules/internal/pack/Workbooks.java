package vn.ocop.rules.internal.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.RuleFileException;
import vn.ocop.internal.Csv;

/**
 * Reads the first worksheet of an XLSX (or XLS) workbook into rows, and writes rows as a workbook, with
 * Apache POI (which Drools' decision tables already bring). Cells are read as the text a spreadsheet
 * shows for them, without rounding: a number is written in full ({@code 2.5}, {@code 3}), a date as
 * {@code 2026-05-22}, a formula as its cached value.
 */
final class Workbooks {
    /** The name of the one worksheet an exported workbook has. */
    static final String SHEET = "Rules";

    private Workbooks() {
    }

    static List<Csv.Row> read(String file, byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new RuleFileException(file, 0, null, "the workbook has no worksheet");
            }
            Sheet sheet = wb.getSheetAt(0);
            String name = sheet.getSheetName();
            String label = name.matches("[A-Za-z0-9_]+") ? name : "'" + name.replace("'", "''") + "'";
            List<Csv.Row> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(file, label, r + 1, c, row.getCell(c)));
                    }
                }
                rows.add(new Csv.Row(r + 1, cells, label));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleFileException rfe) {
                throw rfe;
            }
            throw new RuleFileException(file, 0, null, "cannot read the workbook (is it an .xlsx file?): " + e.getMessage());
        }
    }

    private static String text(String file, String sheet, int line, int column, Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case BLANK, _NONE -> "";
            case ERROR -> throw new RuleFileException(file, line, sheet + "!" + Csv.columnName(column) + line,
                    "the cell holds a formula error");
            default -> "";
        };
    }

    /** A double as the shortest decimal that reads back as it: 3, 2.5, 0.25. */
    private static String number(double d) {
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** Rows to an XLSX workbook with one worksheet; every cell is text, so nothing is re-interpreted. */
    static byte[] write(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c, CellType.STRING).setCellValue(cells.get(c));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a workbook in memory", e);
        }
    }
}
