package vn.ocop.rules.internal.files;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, as spreadsheet programs write it, with the line each row starts on. */
public final class Csv {

    /**
     * A row of cells.
     *
     * @param line  1-based line the row starts on (for a worksheet, its row number)
     * @param cells the cells, unquoted
     * @param sheet the worksheet the row was read from, or {@code null} for CSV
     */
    public record Row(int line, List<String> cells, String sheet) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }

        /** A CSV row. @param line its first line @param cells its cells */
        public Row(int line, List<String> cells) {
            this(line, cells, null);
        }

        /** @param column 0-based column @return the cell, trimmed; empty when absent */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        /** @return whether every cell is blank */
        public boolean isBlank() {
            return cells.stream().allMatch(c -> c.isBlank());
        }

        /**
         * @param column 0-based column
         * @return the spreadsheet name of the cell, such as {@code C12}, or {@code Sheet1!C12} for a worksheet
         */
        public String cellName(int column) {
            return (sheet == null ? "" : sheet + "!") + Csv.columnName(column) + line;
        }
    }

    private Csv() {}

    /**
     * @param column 0-based column
     * @return its spreadsheet letters: A … Z, AA …
     */
    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    /**
     * Parses CSV text.
     *
     * @param file name for messages
     * @param text the text (a leading byte-order mark is ignored)
     * @return the rows
     * @throws vn.ocop.RuleFileException on an unterminated quoted cell
     */
    public static List<Row> parse(String file, String text) {
        return parse(file, text, Long.MAX_VALUE);
    }

    /** The most characters a cell holds, as in a spreadsheet program. */
    public static final int MAX_TEXT = 32_767;

    /**
     * Parses CSV text, stopping at the first cell over {@code maxCells} (counting empty ones) and at a cell
     * of more than {@link #MAX_TEXT} characters.
     *
     * @param file     name for messages
     * @param text     the text (a leading byte-order mark is ignored)
     * @param maxCells the most cells the table may have ({@link vn.ocop.Limit#TABLE_CELLS})
     * @return the rows
     * @throws vn.ocop.RuleFileException      on an unterminated quoted cell or an over-long cell
     * @throws vn.ocop.LimitExceededException at the first cell over {@code maxCells}
     */
    public static List<Row> parse(String file, String text, long maxCells) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        int quoteLine = 0;
        int i = 0;
        int n = text.length();
        long count = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (cell.length() > MAX_TEXT) {
                throw tooLong(file, rowStart, cells.size());
            }
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                i++;
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                }
                case ',' -> {
                    count = counted(count, maxCells, file);
                    cells.add(cell.toString());
                    cell.setLength(0);
                }
                case '\r', '\n' -> {
                    // A line ends at LF, at CRLF (the CR is skipped) and at a lone CR (old Mac line ends).
                    if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        break;
                    }
                    count = counted(count, maxCells, file);
                    cells.add(cell.toString());
                    cell.setLength(0);
                    rows.add(new Row(rowStart, cells));
                    cells = new ArrayList<>();
                    line++;
                    rowStart = line;
                }
                default -> cell.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw new vn.ocop.RuleFileException(file, quoteLine, null, "a quoted cell is never closed");
        }
        if (cell.length() > MAX_TEXT) {
            throw tooLong(file, rowStart, cells.size());
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            counted(count, maxCells, file);
            cells.add(cell.toString());
            rows.add(new Row(rowStart, cells));
        }
        return rows;
    }

    private static long counted(long count, long maxCells, String file) {
        if (count + 1 > maxCells) {
            throw new vn.ocop.LimitExceededException(vn.ocop.Limit.TABLE_CELLS, count + 1, maxCells, file);
        }
        return count + 1;
    }

    private static vn.ocop.RuleFileException tooLong(String file, int line, int column) {
        return new vn.ocop.RuleFileException(
                file,
                line,
                columnName(column) + line,
                "the cell holds more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_TEXT)
                        + " characters, the most a spreadsheet cell holds");
    }

    /**
     * Writes rows as RFC 4180 CSV with LF line ends (as the national files); cells with a comma, quote or line break are quoted.
     *
     * @param rows the rows
     * @return the CSV text (no byte-order mark)
     */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String c = row.get(i) == null ? "" : row.get(i);
                if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                    out.append('"').append(c.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(c);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
