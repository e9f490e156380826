package vn.ocop.rules.internal.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.OcopException;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.rules.internal.files.Csv;
import vn.ocop.rules.internal.files.RuleFiles;

/**
 * Writes a national edition as a pack: CSV files (for version control and diffs), or the officer's
 * workbook {@code pack.xlsx} with the same rows and columns, laid out like the official scoring form.
 */
final class PackExport {
    private final Edition edition;
    private final Function<String, String> nationalText;
    private final String folder;

    PackExport(Edition edition, Function<String, String> nationalText) {
        this.edition = edition;
        this.nationalText = nationalText;
        this.folder = edition.file().substring(0, edition.file().lastIndexOf('/') + 1);
    }

    private String relative(String file) {
        return file.startsWith(folder) ? file.substring(folder.length()) : file.substring(file.lastIndexOf('/') + 1);
    }

    private List<List<String>> rows(String file) {
        List<List<String>> out = new ArrayList<>();
        for (Csv.Row r : Csv.parse(file, nationalText.apply(file))) {
            List<String> cs = new ArrayList<>(r.cells());
            while (!cs.isEmpty() && cs.get(cs.size() - 1).isEmpty()) {
                cs.remove(cs.size() - 1);
            }
            out.add(cs);
        }
        return out;
    }

    /** The manifest's rows; {@code ref} names each table (a file or a sheet). */
    private List<List<String>> manifest(Function<String, String> ref, String bands) {
        List<List<String>> m = new ArrayList<>();
        m.add(List.of("# Loại dòng / Row", "Giá trị / Value", "Tệp hoặc trang / File or sheet"));
        m.add(List.of("Pack", "Bản sao " + edition.id() + " / Copy of " + edition.id()));
        m.add(List.of("Version", "1"));
        m.add(List.of("Edition", edition.id()));
        m.add(List.of("Scale", "100"));
        m.add(List.of(
                "Description",
                "Bản sao bộ tiêu chí quốc gia " + edition.act() + " (ocop export-pack). Sửa các ô"
                        + " cần thay đổi, rồi xoá các dòng Replace của bộ tiêu chí không đổi. / A copy of the national criteria of "
                        + edition.act()
                        + ". Edit what you need, then remove the Replace rows of the sets you leave unchanged."));
        m.add(List.of("Bands", bands));
        for (CriteriaSet s : edition.sets()) {
            m.add(List.of("Replace", s.id(), ref.apply(s.file())));
        }
        return m;
    }

    /** The edition's rows, its Set rows naming the tables actually exported. */
    private List<List<String>> editionRows(Function<String, String> ref) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows(edition.file())) {
            if (!r.isEmpty() && r.get(0).equals("Set")) {
                String file = folder + r.get(2);
                out.add(List.of("Set", r.get(1), ref.apply(file)));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    List<String> writeCsv(Path directory) throws IOException {
        List<String> written = new ArrayList<>();
        written.add(PackLoader.MANIFEST);
        String bands = "edition.csv";
        write(directory.resolve(PackLoader.MANIFEST), manifest(this::relative, bands));
        write(directory.resolve(bands), editionRows(this::relative));
        written.add(bands);
        for (CriteriaSet s : edition.sets()) {
            Path target = directory.resolve(relative(s.file()));
            Files.createDirectories(target.getParent());
            write(target, rows(s.file()));
            written.add(relative(s.file()));
        }
        return written;
    }

    private static void write(Path target, List<List<String>> rows) throws IOException {
        // A byte-order mark tells spreadsheet programs the file is UTF-8 (Vietnamese text).
        Files.writeString(target, "\uFEFF" + Csv.write(rows), StandardCharsets.UTF_8);
    }

    List<String> writeWorkbook(Path directory) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            guide(wb, st);
            Function<String, String> sheetOf = file -> {
                String id = edition.sets().stream()
                        .filter(s -> s.file().equals(file))
                        .findFirst()
                        .map(CriteriaSet::id)
                        .orElseThrow();
                return id;
            };
            table(wb, st, PackLoader.MANIFEST_SHEET, manifest(sheetOf, "Bands"), new int[] {16, 40, 20}, false);
            table(wb, st, "Bands", editionRows(sheetOf), new int[] {20, 14, 24, 24, 20, 70}, false);
            String classification = nationalText.apply(folder + "classification.csv");
            if (classification != null) {
                List<List<String>> rows = new ArrayList<>();
                Csv.parse("classification.csv", classification).forEach(r -> rows.add(r.cells()));
                table(
                        wb,
                        st,
                        PackLoader.CLASSIFICATION_SHEET,
                        rows,
                        new int[] {10, 30, 20, 8, 34, 26, 10, 40, 12},
                        true);
            }
            for (CriteriaSet s : edition.sets()) {
                setSheet(wb, st, s.id(), rows(s.file()));
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Files.write(directory.resolve(PackLoader.WORKBOOK), Workbooks.bytes(wb));
        }
        return List.of(PackLoader.WORKBOOK);
    }

    /** Cell styles of the officer's workbook. */
    private static final class Styles {
        final CellStyle heading;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle number;
        final CellStyle part;
        final CellStyle group;
        final CellStyle criterion;
        final CellStyle criterionWrap;
        final CellStyle marker;
        final CellStyle check;
        final CellStyle title;

        Styles(XSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.cloneStyleFrom(text);
            wrap.setWrapText(true);
            number = wb.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            part = wb.createCellStyle();
            part.cloneStyleFrom(wrap);
            part.setFont(bold);
            part.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            part.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = wb.createCellStyle();
            group.cloneStyleFrom(wrap);
            group.setFont(bold);
            group.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            criterion = wb.createCellStyle();
            criterion.cloneStyleFrom(text);
            criterion.setFont(bold);
            criterion.setBorderTop(BorderStyle.HAIR);
            criterionWrap = wb.createCellStyle();
            criterionWrap.cloneStyleFrom(criterion);
            criterionWrap.setWrapText(true);
            marker = wb.createCellStyle();
            marker.cloneStyleFrom(text);
            marker.setFont(bold);
            check = wb.createCellStyle();
            check.setVerticalAlignment(VerticalAlignment.TOP);
            check.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            check.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title = wb.createCellStyle();
            title.setFont(big);
        }
    }

    private static void guide(XSSFWorkbook wb, Styles st) {
        Sheet sh = wb.createSheet(PackLoader.GUIDE_SHEET);
        sh.setColumnWidth(0, 120 * 256);
        String[] lines = {
            "Bộ tiêu chí OCOP của tỉnh: hướng dẫn sửa / A province's OCOP criteria: how to edit",
            "",
            "Tệp này là dữ liệu, không có mã chương trình. Thư viện ocop tự viết các quy tắc chấm điểm từ các ô đã kiểm tra.",
            "This workbook is data, not code: the ocop library writes the scoring rules itself from the checked cells.",
            "",
            "ĐƯỢC SỬA / WHAT MAY BE CHANGED",
            "• Điểm của phương án (cột E), dấu sao tối thiểu *** / **** / ***** (cột F), nội dung tiêu chí và phương án (cột H, I).",
            "  Points of an option (column E), the minimum-star marker (column F), the wording (columns H and I).",
            "• Điểm tối đa của tiêu chí, nhóm, phần (cột E của dòng Criterion, Group, Part): cột J (Kiểm tra) cho biết tổng có khớp.",
            "  Maxima of criteria, groups and parts (column E): column J (Check) shows whether the sums agree.",
            "• Thêm/bớt dòng Option (phương án được đánh số 1, 2, 3 … liên tục) hoặc dòng Criterion, Note, Stop.",
            "  Add or remove Option rows (numbered 1, 2, 3 … without gaps), Criterion, Note or Stop rows.",
            "• Trang Bands: ngưỡng điểm hạng sao (Từ ≥, Dưới <, Đến ≤ cho hạng cao nhất). / Sheet Bands: the star bands.",
            "",
            "KHÔNG SỬA / DO NOT CHANGE",
            "• Cột A (loại dòng) và dòng tiêu đề bắt đầu bằng #; mã tiêu chí chỉ gồm số, chữ thường và dấu chấm (1.5, 6.1.2).",
            "  Column A (the row kind) and heading rows starting with #; criterion codes are digits, small letters and dots.",
            "• Không dùng công thức trong ô dữ liệu: nhập giá trị. Số thập phân dùng dấu chấm: 1.5 (không phải 1,5).",
            "  No formulas in data cells: type values. Decimals take a dot: 1.5, not 1,5.",
            "• Trang Classification chỉ để tham khảo. / The Classification sheet is for reference only.",
            "",
            "THÊM BỘ TIÊU CHÍ ĐỊA PHƯƠNG / ADDING A LOCAL SET",
            "• Sao chép một trang bộ tiêu chí, đổi tên trang và mã ở dòng CriteriaSet (ví dụ LD26-01), đổi số ở dòng Number (ví dụ 101).",
            "  Copy a set's sheet, rename it and change the code on the CriteriaSet row (e.g. LD26-01) and the Number row (e.g. 101).",
            "• Trong trang Pack, thêm dòng: Add | LD26-01 | tên trang. / In the Pack sheet add a row: Add | LD26-01 | the sheet's name.",
            "• Xoá các dòng Replace và các trang của bộ tiêu chí không thay đổi. / Delete the Replace rows and sheets of unchanged sets.",
            "",
            "KIỂM TRA / CHECKING THE PACK",
            "  java -jar ocop.jar validate pack.xlsx          (mọi lỗi kèm trang, dòng, ô / every problem with sheet, row and cell)",
            "  java -jar ocop.jar impact --pack pack.xlsx hồ-sơ/*.json   (ảnh hưởng đến các sản phẩm / what it changes for products)",
        };
        for (int i = 0; i < lines.length; i++) {
            Cell c = sh.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            c.setCellStyle(i == 0 ? st.title : st.wrap);
        }
        fitRows(sh, new int[] {120});
        sh.getRow(0).setHeightInPoints(20);
        landscape(sh);
    }

    private static void table(
            XSSFWorkbook wb, Styles st, String name, List<List<String>> rows, int[] widths, boolean headingFirst) {
        Sheet sh = wb.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sh.createRow(r);
            List<String> cells = rows.get(r);
            boolean heading = (r == 0 && headingFirst)
                    || (!cells.isEmpty() && cells.get(0).startsWith("#"));
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c);
                String v = cells.get(c);
                if (!heading
                        && name.equals("Bands")
                        && cells.get(0).equals("Band")
                        && c >= 1
                        && c <= 4
                        && !v.isEmpty()) {
                    cell.setCellValue(Double.parseDouble(v));
                    cell.setCellStyle(st.number);
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(heading ? st.heading : st.wrap);
                }
            }
        }
        sh.createFreezePane(0, 1);
        if (name.equals("Bands")) {
            List<List<String>> heading = List.of(RuleFiles.BAND_COLUMNS);
            int first = -1;
            for (int r = 0; r < rows.size(); r++) {
                if (!rows.get(r).isEmpty() && rows.get(r).get(0).equals("Band")) {
                    first = first < 0 ? r : first;
                }
            }
            if (first >= 0) {
                sh.shiftRows(first, sh.getLastRowNum(), 1);
                Row h = sh.createRow(first);
                for (int c = 0; c < heading.get(0).size(); c++) {
                    Cell cell = h.createCell(c);
                    cell.setCellValue(heading.get(0).get(c));
                    cell.setCellStyle(st.heading);
                }
                DataValidationHelper dv = sh.getDataValidationHelper();
                int last = sh.getLastRowNum();
                validation(
                        sh,
                        dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "5"),
                        first + 1,
                        last,
                        1,
                        1,
                        "Hạng sao 1 đến 5 / Stars 1 to 5");
                validation(
                        sh,
                        dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1000"),
                        first + 1,
                        last,
                        2,
                        4,
                        "Số điểm, dấu chấm thập phân / A total, decimal dot");
            }
        }
        fitRows(sh, widths);
        landscape(sh);
    }

    /**
     * Rows as high as their wrapped text needs: spreadsheet programs do not size rows of a written file, so
     * the height is estimated from the text's length and the column's width (in characters).
     */
    private static void fitRows(Sheet sh, int[] widths) {
        for (Row row : sh) {
            int lines = 1;
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c >= widths.length
                        || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                        || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                int perLine = Math.max(4, (int) (widths[c]
                        * (cell.getCellStyle().getFillPattern() == FillPatternType.NO_FILL && !bold(sh, cell)
                                ? 1.35
                                : 1.1)));
                int n = 0;
                for (String part : cell.getStringCellValue().split("\n", -1)) {
                    n += Math.max(1, (part.length() + perLine - 1) / perLine);
                }
                lines = Math.max(lines, n);
            }
            boolean heading = row.getCell(0) != null
                    && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(0).getStringCellValue().startsWith("#");
            row.setHeightInPoints(Math.min(409, Math.max(heading ? 44 : 0, 2 + lines * 13.5f)));
        }
    }

    private static boolean bold(Sheet sh, Cell cell) {
        return sh.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }

    private static void validation(
            Sheet sh,
            DataValidationConstraint constraint,
            int firstRow,
            int lastRow,
            int firstCol,
            int lastCol,
            String message) {
        DataValidation v = sh.getDataValidationHelper()
                .createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
        v.setShowErrorBox(true);
        v.createErrorBox("OCOP", message);
        v.setEmptyCellAllowed(true);
        sh.addValidationData(v);
    }

    private static void landscape(Sheet sh) {
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.setFitToPage(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    }

    /** One criteria set, laid out like the official scoring form, with a column of checks. */
    private static void setSheet(XSSFWorkbook wb, Styles st, String name, List<List<String>> rows) {
        Sheet sh = wb.createSheet(name);
        int[] widths = {12, 9, 7, 9, 8, 10, 10, 90, 42, 14};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        for (int c = 0; c < 9; c++) {
            sh.setDefaultColumnStyle(c, c == 4 || c == 3 ? st.number : c >= 7 ? st.wrap : st.text);
        }
        // Row indexes (0-based) of each kind, to write the checks.
        int partRow = -1;
        int groupRow = -1;
        int criterionRow = -1;
        String container = null;
        int containerRow = -1;
        List<Integer> partGroups = new ArrayList<>();
        List<Integer> groupCriteria = new ArrayList<>();
        List<Integer> containerChildren = new ArrayList<>();
        List<Integer> options = new ArrayList<>();
        List<Object[]> sums = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            String kind = cells.isEmpty() ? "" : cells.get(0);
            Row row = sh.createRow(r);
            boolean heading = kind.startsWith("#");
            CellStyle base = switch (kind) {
                case "Part" -> st.part;
                case "Group" -> st.group;
                case "Criterion" -> st.criterionWrap;
                default -> heading ? st.heading : st.wrap;
            };
            for (int c = 0; c < Math.max(cells.size(), heading ? 10 : 0); c++) {
                Cell cell = row.createCell(c);
                String v = c < cells.size() ? cells.get(c) : c == 9 ? Workbooks.CHECK_HEADING : "";
                boolean numeric = !heading && (c == 3 || c == 4) && v.matches("[0-9]+(\\.[0-9]+)?");
                if (numeric) {
                    cell.setCellValue(Double.parseDouble(v));
                } else if (!v.isEmpty() || heading) {
                    cell.setCellValue(v);
                }
                cell.setCellStyle(c == 5 && !heading ? st.marker : base);
            }
            switch (kind) {
                case "Part" -> {
                    closeCriterion(sums, criterionRow, options);
                    criterionRow = -1;
                    closeSum(sums, containerRow, containerChildren);
                    container = null;
                    closeSum(sums, groupRow, groupCriteria);
                    groupRow = -1;
                    closeSum(sums, partRow, partGroups);
                    partRow = r;
                }
                case "Group" -> {
                    closeCriterion(sums, criterionRow, options);
                    criterionRow = -1;
                    closeSum(sums, containerRow, containerChildren);
                    container = null;
                    closeSum(sums, groupRow, groupCriteria);
                    groupRow = r;
                    partGroups.add(r);
                }
                case "Criterion" -> {
                    closeCriterion(sums, criterionRow, options);
                    String code = cells.size() > 1 ? cells.get(1) : "";
                    boolean child = container != null && code.startsWith(container + ".");
                    if (!child) {
                        closeSum(sums, containerRow, containerChildren);
                        container = null;
                        groupCriteria.add(r);
                    } else {
                        containerChildren.add(r);
                    }
                    if (cells.size() > 6 && cells.get(6).equals("container")) {
                        container = code;
                        containerRow = r;
                        criterionRow = -1;
                    } else {
                        criterionRow = r;
                    }
                }
                case "Option" -> options.add(r);
                case "Stop", "StopAtZero" -> {
                    closeCriterion(sums, criterionRow, options);
                    criterionRow = -1;
                }
                default -> {}
            }
        }
        closeCriterion(sums, criterionRow, options);
        closeSum(sums, containerRow, containerChildren);
        closeSum(sums, groupRow, groupCriteria);
        closeSum(sums, partRow, partGroups);
        for (Object[] s : sums) {
            int at = (Integer) s[0];
            String expr = (String) s[1];
            Cell cell = sh.getRow(at).createCell(9);
            cell.setCellFormula("IF(" + expr + "=E" + (at + 1) + ",\"✓ \"&" + expr + ",\"≠ \"&" + expr + ")");
            cell.setCellStyle(st.check);
        }
        sh.createFreezePane(2, 1);
        DataValidationHelper dv = sh.getDataValidationHelper();
        int last = Math.max(1, rows.size() + 200);
        validation(
                sh,
                dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "99"),
                1,
                last,
                3,
                3,
                "Số thứ tự phương án 1, 2, 3 … / Option number 1, 2, 3 …");
        validation(
                sh,
                dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1000"),
                1,
                last,
                4,
                4,
                "Số điểm, dấu chấm thập phân (1.5) / Points, with a decimal dot (1.5)");
        validation(
                sh,
                dv.createExplicitListConstraint(new String[] {"***", "****", "*****"}),
                1,
                last,
                5,
                5,
                "Dấu sao tối thiểu: ***, **** hoặc ***** / Marker: ***, **** or *****");
        validation(
                sh,
                dv.createExplicitListConstraint(
                        new String[] {"single", "yes-no", "container", "cases", "NOT_ASSESSED", "ELIMINATED"}),
                1,
                last,
                6,
                6,
                "single, yes-no, container, cases (Criterion);" + " NOT_ASSESSED, ELIMINATED (Stop)");
        fitRows(sh, widths);
        landscape(sh);
    }

    private static void closeCriterion(List<Object[]> sums, int row, List<Integer> options) {
        if (row >= 0 && !options.isEmpty()) {
            sums.add(new Object[] {row, "MAX(" + cellList(options) + ")"});
        }
        options.clear();
    }

    /** A container's, group's or part's check: its maximum against the sum of its members' maxima. */
    private static void closeSum(List<Object[]> sums, int row, List<Integer> members) {
        if (row >= 0 && !members.isEmpty()) {
            sums.add(new Object[] {row, "SUM(" + cellList(members) + ")"});
        }
        members.clear();
    }

    /** E cells of the rows, contiguous runs as ranges: E5:E8,E12. */
    private static String cellList(List<Integer> rows) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append('E').append(rows.get(i) + 1);
            if (j > i) {
                sb.append(":E").append(rows.get(j) + 1);
            }
            i = j + 1;
        }
        return sb.toString();
    }

    static List<String> export(Edition edition, Function<String, String> nationalText, Path directory, String format) {
        try {
            if (Files.exists(directory)) {
                try (var entries = Files.list(directory)) {
                    if (!Files.isDirectory(directory) || entries.findAny().isPresent()) {
                        throw new OcopException("export folder " + directory + " must be empty or missing");
                    }
                }
            }
            Files.createDirectories(directory);
            PackExport e = new PackExport(edition, nationalText);
            return format.equals("xlsx") ? e.writeWorkbook(directory) : e.writeCsv(directory);
        } catch (IOException e) {
            throw new OcopException("cannot write the pack to " + directory + ": " + e.getMessage(), e);
        }
    }
}
