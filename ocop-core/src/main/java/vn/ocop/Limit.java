package vn.ocop;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A bound the library keeps on what it reads, so that hostile or mistaken input ends as a clear error
 * ({@link LimitExceededException}) instead of exhausting memory. Each has a setting name (used by
 * {@link Limits#with(Limit, long)}'s callers, the CLI's {@code --limit NAME=VALUE} and the documentation,
 * docs/security.md) and a default far above any real sheet, council or pack.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Limit {
    /** Bytes of one sheet document: a JSON file, or one line of JSON Lines. A real sheet has 1–3 KB. */
    SHEET_BYTES("sheetBytes", "bytes", 1L << 20),
    /** Bytes of one council sitting document: its seats and their sheets. A real sitting has 10–50 KB. */
    SITTING_BYTES("sittingBytes", "bytes", 16L << 20),
    /** Sheets in one council. Councils have 5 to 15 members. */
    COUNCIL_MEMBERS("councilMembers", "sheets", 100),
    /** Sheets a command holds at once to report on them together (an HTML report, an impact study). */
    BATCH_SHEETS("batchSheets", "sheets", 10_000),
    /**
     * Products in one portfolio. A province has a few hundred, the whole country about 17,000; 50,000 products
     * of 3 recognitions take about 1 GB to list.
     */
    PORTFOLIO_PRODUCTS("portfolioProducts", "products", 50_000),
    /** Problems listed for one sheet or pack; the rest are counted, not listed. */
    PROBLEMS("problems", "problems", 100),
    /** Bytes of a whole pack: its files together, or its archive's entries uncompressed. */
    PACK_BYTES("packBytes", "bytes", 64L << 20),
    /** Bytes of one file of a pack, or of one archive entry uncompressed (checked while inflating). */
    PACK_FILE_BYTES("packFileBytes", "bytes", 16L << 20),
    /** Files (or archive entries) in a pack. */
    PACK_FILES("packFiles", "files", 1_000),
    /**
     * Cells of one table file of a pack: a CSV file (empty cells too), or a workbook (cells with a value, all
     * worksheets together). The largest national set file has 1,468 (QD148-03.csv).
     */
    TABLE_CELLS("tableCells", "cells", 500_000);

    private final String setting;
    private final String unit;
    private final long defaultValue;

    Limit(String setting, String unit, long defaultValue) {
        this.setting = setting;
        this.unit = unit;
        this.defaultValue = defaultValue;
    }

    /** @return the setting's name, for example {@code sheetBytes} */
    public String setting() {
        return setting;
    }

    /** @return what the limit counts: bytes, sheets, problems, files or cells */
    public String unit() {
        return unit;
    }

    /** @return the default */
    public long defaultValue() {
        return defaultValue;
    }

    /**
     * @param setting a setting's name, for example {@code sheetBytes}
     * @return the limit of that name
     * @throws IllegalArgumentException when no limit has that name
     */
    public static Limit fromSetting(String setting) {
        for (Limit l : values()) {
            if (l.setting.equals(setting)) {
                return l;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Limit l : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(l.setting);
        }
        throw new IllegalArgumentException("unknown limit '" + setting + "' (the limits are " + names + ")");
    }
}
