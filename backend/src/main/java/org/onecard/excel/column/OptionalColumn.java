package org.onecard.excel.column;

import java.util.Optional;
import org.onecard.excel.sheet.CellValue;

/** A column that may be left blank; anything typed in it must still be valid. */
public record OptionalColumn<T>(Column<T> column) implements Column<Optional<T>> {

    @Override
    public ColumnHeader header() {
        return column.header();
    }

    @Override
    public CellResult<Optional<T>> read(CellValue cell) {
        return cell.isBlank() ? CellResult.ok(Optional.empty()) : column.read(cell).map(Optional::of);
    }

    @Override
    public ColumnRule rule() {
        return column.rule().optional("可不填");
    }
}
