package org.hundredparks.imports;

/** A fault in one row: its number in the sheet, the column header, a stable code and a Chinese message. */
public record RowError(int row, String column, String code, String message) {
}
