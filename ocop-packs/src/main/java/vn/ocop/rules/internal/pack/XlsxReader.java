package vn.ocop.rules.internal.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.ocop.Limit;
import vn.ocop.LimitExceededException;
import vn.ocop.Limits;

/**
 * Reads the cells of an Office Open XML workbook ({@code .xlsx}) with the JDK's streaming XML parser: the
 * sheets in workbook order, and for each cell its value as stored (shared or inline string, number, boolean,
 * date) or the fact that it holds a formula or an error. It reads what a rule file needs and nothing else,
 * in a fraction of the time a full spreadsheet library takes to start, and it is hardened for files from
 * outside: no DTD or external entity is resolved, and the archive's size is bounded.
 */
public final class XlsxReader {
    /** The sheet size of the file format (Excel's own limits). */
    static final int MAX_ROW = 1_048_576;

    static final int MAX_COLUMN = 16_383;
    /** Longer text than any official wording; longer cells are refused, not read. */
    /** Excel's last date, 9999-12-31, as a serial number (plus one). */
    private static final double MAX_SERIAL = 2_958_466;

    static final int MAX_TEXT = vn.ocop.rules.internal.files.Csv.MAX_TEXT;

    /**
     * One cell: its text, or the kind of value that is refused.
     *
     * @param row              its row, from 1
     * @param column           its column, from 0
     * @param text             its value as text (a formula's: the value last computed and stored)
     * @param formula          its formula, or {@code null}
     * @param error            whether it holds an error value
     * @param formulaShowsText whether a formula's stored value is text
     */
    public record Cell(int row, int column, String text, String formula, boolean error, boolean formulaShowsText) {}

    /**
     * A worksheet.
     *
     * @param name   its name
     * @param hidden whether it is hidden
     * @param cells  its cells in order
     */
    public record Sheet(String name, boolean hidden, List<Cell> cells) {}

    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private XlsxReader() {}

    /**
     * @param bytes  the workbook
     * @param file   its name in the pack, for messages
     * @param limits the bounds: bytes per part, in all, and cells
     * @return its sheets in workbook order
     * @throws IOException            when it is not a readable workbook
     * @throws LimitExceededException when it is larger than the limits allow
     */
    public static List<Sheet> read(byte[] bytes, String file, Limits limits) throws IOException {
        Map<String, byte[]> parts = unzip(bytes, file, limits);
        long[] cellLimit = {limits.get(Limit.TABLE_CELLS)};
        byte[] workbook = parts.get("xl/workbook.xml");
        if (workbook == null) {
            throw new IOException("no xl/workbook.xml: not an .xlsx workbook");
        }
        try {
            Map<String, String> targets = relationships(parts.get("xl/_rels/workbook.xml.rels"));
            List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
            List<Boolean> dateStyles = dateStyles(parts.get("xl/styles.xml"));
            boolean date1904 = false;
            List<String[]> sheets = new ArrayList<>();
            XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(workbook));
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    if (x.getLocalName().equals("workbookPr")) {
                        String v = attribute(x, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if (x.getLocalName().equals("sheet")) {
                        sheets.add(new String[] {attribute(x, "name"), attribute(x, "id"), attribute(x, "state")});
                    }
                }
            }
            List<Sheet> out = new ArrayList<>();
            int[] cellCount = {0};
            for (String[] s : sheets) {
                String target = targets.get(s[1]);
                if (target == null) {
                    throw new IOException("sheet '" + s[0] + "' has no part");
                }
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                byte[] xml = parts.get(path);
                if (xml == null) {
                    throw new IOException("sheet '" + s[0] + "' is missing its part " + path);
                }
                try {
                    out.add(new Sheet(
                            s[0],
                            s[2] != null && !s[2].equals("visible"),
                            cells(xml, strings, dateStyles, date1904, cellCount, cellLimit[0], file)));
                } catch (XMLStreamException e) {
                    throw new IOException(
                            "sheet '" + s[0] + "' (" + path + ") is not well-formed XML"
                                    + (e.getLocation() == null
                                            ? ""
                                            : " at line " + e.getLocation().getLineNumber()),
                            e);
                }
            }
            return out;
        } catch (XMLStreamException e) {
            throw new IOException(
                    "the workbook's XML is not well-formed"
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNumber()),
                    e);
        } catch (LimitExceededException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("the workbook is malformed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The parts the reader needs. The archive is read through its central directory (a temporary file and
     * {@link ZipFile}), which also takes the entries that streaming writers store with data descriptors.
     */
    private static Map<String, byte[]> unzip(byte[] bytes, String file, Limits limits) throws IOException {
        Set<String> wanted =
                Set.of("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml");
        Path tmp = Files.createTempFile("ocop-workbook-", ".xlsx");
        Map<String, byte[]> parts;
        try {
            Files.write(tmp, bytes);
            parts = Zips.read(tmp, name -> wanted.contains(name) || name.startsWith("xl/worksheets/"), limits, file);
        } catch (IOException e) {
            throw new IOException(
                    "the workbook is damaged, protected by a password, or not an .xlsx file: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
        if (parts.isEmpty()) {
            throw new IOException("not an .xlsx workbook (a zip archive of sheets)");
        }
        return parts;
    }

    private static String attribute(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(local)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Map<String, String> relationships(byte[] xml) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                out.put(attribute(x, "Id"), attribute(x, "Target"));
            }
        }
        return out;
    }

    /** The text of every {@code <t>} inside the current element, up to its end. */
    private static String text(XMLStreamReader x, String end) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean inT = false;
        boolean phonetic = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                inT = x.getLocalName().equals("t");
                phonetic |= x.getLocalName().equals("rPh");
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (x.getLocalName().equals(end)) {
                    break;
                }
                if (x.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
                inT = false;
            } else if (inT && !phonetic && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                sb.append(x.getText());
            }
        }
        return sb.toString();
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
                out.add(text(x, "si"));
            }
        }
        return out;
    }

    /** Whether each cell style ({@code cellXfs}, by index) formats a number as a date. */
    private static List<Boolean> dateStyles(byte[] xml) throws XMLStreamException {
        List<Boolean> out = new ArrayList<>();
        if (xml == null) {
            return out;
        }
        Map<String, String> formats = new HashMap<>();
        boolean inXfs = false;
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "numFmt" -> formats.put(attribute(x, "numFmtId"), attribute(x, "formatCode"));
                    case "cellXfs" -> inXfs = true;
                    case "xf" -> {
                        if (inXfs) {
                            String id = attribute(x, "numFmtId");
                            out.add(isDate(id == null ? 0 : number(id, -1), formats.get(id)));
                        }
                    }
                    default -> {}
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                inXfs = false;
            }
        }
        return out;
    }

    /** Built-in date formats 14–22 and 45–47, or a custom format with day, month or year and no text part. */
    static boolean isDate(int id, String code) {
        if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        String plain =
                code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return plain.matches(".*[dDmMyY].*") && !plain.contains("@") && !plain.contains("0") && !plain.contains("#");
    }

    private static List<Cell> cells(
            byte[] xml,
            List<String> strings,
            List<Boolean> dateStyles,
            boolean date1904,
            int[] cellCount,
            long maxCells,
            String file)
            throws XMLStreamException, IOException {
        List<Cell> out = new ArrayList<>();
        XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        int row = 0;
        int nextColumn = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (x.getLocalName().equals("row")) {
                String r = attribute(x, "r");
                row = r == null ? row + 1 : number(r, -1);
                if (row < 1 || row > MAX_ROW) {
                    throw new IOException("row number '" + shown(r == null ? String.valueOf(row) : r)
                            + "' is not a row of a worksheet (1 to " + MAX_ROW + ")");
                }
                nextColumn = 0;
            } else if (x.getLocalName().equals("c")) {
                String ref = attribute(x, "r");
                int column = ref == null ? nextColumn : column(ref);
                if (column < 0 || column > MAX_COLUMN) {
                    throw new IOException("cell " + shown(ref) + " is outside a worksheet");
                }
                if (ref != null && row(ref) != row) {
                    throw new IOException("cell " + shown(ref) + " is not in its row " + row);
                }
                if (++cellCount[0] > maxCells) {
                    throw new LimitExceededException(Limit.TABLE_CELLS, cellCount[0], maxCells, file);
                }
                nextColumn = column + 1;
                String type = attribute(x, "t");
                String style = attribute(x, "s");
                String value = null;
                String inline = null;
                String formula = null;
                while (x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "v" -> value = x.getElementText();
                            case "f" -> {
                                String f = x.getElementText();
                                formula = f.isEmpty() ? "(shared formula)" : f;
                            }
                            case "is" -> inline = text(x, "is");
                            default -> {}
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT
                            && x.getLocalName().equals("c")) {
                        break;
                    }
                }
                if (formula != null) {
                    // the value the spreadsheet last computed and stored, read as such a value is: a number in a
                    // date style is a date; an error type is an error
                    String stored = value == null ? "" : value;
                    if ((type == null || type.equals("n")) && !stored.isEmpty()) {
                        int styleIndex = style == null ? -1 : number(style, -1);
                        boolean date = styleIndex >= 0 && styleIndex < dateStyles.size() && dateStyles.get(styleIndex);
                        stored = date ? date(stored, date1904) : number(stored);
                    }
                    out.add(new Cell(
                            row, column, stored, formula, "e".equals(type), "str".equals(type) || "s".equals(type)));
                    continue;
                }
                String text;
                boolean error = false;
                if (type == null || type.equals("n")) {
                    int styleIndex = style == null ? -1 : number(style, -1);
                    if (style != null && styleIndex < 0) {
                        throw new IOException("cell " + shown(ref) + " has style '" + shown(style)
                                + "', which is not a style number");
                    }
                    boolean date = styleIndex >= 0 && styleIndex < dateStyles.size() && dateStyles.get(styleIndex);
                    text = value == null ? "" : date ? date(value, date1904) : number(value);
                } else {
                    switch (type) {
                        case "s" -> {
                            int i = value == null || !value.trim().matches("[0-9]{1,9}")
                                    ? -1
                                    : Integer.parseInt(value.trim());
                            if (i < 0 || i >= strings.size()) {
                                throw new IOException(
                                        "cell " + shown(ref) + " names shared string " + i + " of " + strings.size());
                            }
                            text = strings.get(i);
                        }
                        case "inlineStr" -> text = inline == null ? "" : inline;
                        case "str" -> text = value == null ? "" : value;
                        case "b" -> text = "1".equals(value) ? "TRUE" : "FALSE";
                        case "e" -> {
                            text = value == null ? "" : value;
                            error = true;
                        }
                        case "d" -> text = value == null ? "" : value.length() >= 10 ? value.substring(0, 10) : value;
                        default -> text = value == null ? "" : value;
                    }
                }
                if (text.length() > MAX_TEXT) {
                    throw new IOException("cell " + shown(ref) + " holds " + text.length() + " characters (at most "
                            + MAX_TEXT + ")");
                }
                out.add(new Cell(row, column, text, null, error, false));
            }
        }
        return out;
    }

    /** The 0-based column of a reference such as {@code AB12}; -1 when it has no column letters. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        for (; i < ref.length() && i < 4 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z'; i++) {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return i == 0 || i >= 4 ? -1 : c - 1;
    }

    /** The row of a reference such as {@code AB12}; -1 when malformed. */
    static int row(String ref) {
        String digits = ref.replaceFirst("^[A-Z]+", "");
        return digits.matches("[0-9]{1,7}") ? Integer.parseInt(digits) : -1;
    }

    /** An attribute's value as a message quotes it: at most 60 characters. */
    private static String shown(String value) {
        return value == null ? "" : vn.ocop.rules.internal.files.RuleFiles.abbreviate(value);
    }

    /** A whole number of 0 to 999,999,999 written in an attribute, or {@code otherwise}. */
    static int number(String attribute, int otherwise) {
        String t = attribute.trim();
        return t.matches("[0-9]{1,9}") ? Integer.parseInt(t) : otherwise;
    }

    /** A stored number as the shortest decimal that reads back as the same double: 3, 2.5, 0.3. */
    static String number(String stored) {
        try {
            return Workbooks.number(Double.parseDouble(stored.trim()));
        } catch (NumberFormatException e) {
            return stored; // not a number: the cell's text, which the typed reading then refuses at its cell
        }
    }

    private static String date(String stored, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(stored.trim());
        } catch (NumberFormatException e) {
            return stored;
        }
        if (!(serial >= 0 && serial < MAX_SERIAL)) {
            return stored; // no date a spreadsheet shows: the cell's text, which the typed reading refuses at its cell
        }
        LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        return base.plusDays((long) Math.floor(serial)).toString();
    }
}
