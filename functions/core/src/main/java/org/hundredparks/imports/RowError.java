package org.hundredparks.imports;

import io.quarkus.runtime.annotations.RegisterForReflection;
/**
 * A fault in one row: its number in the sheet (the header is row 1; 0 for the file as a whole), the column
 * header, a stable code and a Chinese message.
 */
@RegisterForReflection
public record RowError(int row, String column, String code, String message) {
}
