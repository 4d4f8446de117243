package org.onecard.excel.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.onecard.excel.column.CellFormat;
import org.onecard.excel.column.Column;
import org.onecard.excel.sheet.CellValue;

/** Writes an uploaded cell back as it came: text stays text, numbers numbers, dates dates. */
final class CellWriter {

    private final Styles styles;

    CellWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Row row, Column<?> column, CellValue value) {
        if (value.isBlank()) {
            return;
        }
        Cell cell = row.createCell(column.header().index());
        if (value instanceof CellValue.Numeric number) {
            cell.setCellValue(number.value().doubleValue());
        } else if (value instanceof CellValue.DateTime date) {
            cell.setCellValue(date.value());
            cell.setCellStyle(date.asText().length() > 10 ? styles.dateTime() : styles.of(CellFormat.DATE));
        } else if (value instanceof CellValue.Bool bool) {
            cell.setCellValue(bool.value());
        } else {
            cell.setCellValue(value.asText());
            cell.setCellStyle(styles.of(CellFormat.TEXT));
        }
    }
}
