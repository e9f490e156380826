package vn.ocop.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The form a pack is written in by {@link Packs#export}. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PackFormat {
    /** A manifest {@code pack.csv}, the edition file and one file per set: UTF-8 with a byte-order mark. */
    CSV,
    /** One workbook {@code pack.xlsx} an officer edits in Excel or LibreOffice: a sheet per set, a guide. */
    XLSX
}
