package org.onecard.excel.column;

import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.SheetRow;

/**
 * Reads one column of a row into a typed value or a reason naming the column. Columns are
 * required unless wrapped with {@link Columns#optional} or {@link Columns#orElse}.
 */
public interface Column<T> {

    ColumnHeader header();

    CellResult<T> read(CellValue cell);

    ColumnRule rule();

    default CellResult<T> read(SheetRow row) {
        return read(row.cell(header().index()));
    }
}
