package org.onecard.excel.column;

import java.util.Objects;
import org.onecard.excel.sheet.CellValue;

/** A column whose blank means a stated value, e.g. an amount left blank is 0. */
public record DefaultingColumn<T>(Column<T> column, T whenBlank, String whenBlankZh) implements Column<T> {

    public DefaultingColumn {
        Objects.requireNonNull(whenBlank, "whenBlank");
    }

    @Override
    public ColumnHeader header() {
        return column.header();
    }

    @Override
    public CellResult<T> read(CellValue cell) {
        return cell.isBlank() ? CellResult.ok(whenBlank) : column.read(cell);
    }

    @Override
    public ColumnRule rule() {
        return column.rule().optional("不填表示" + whenBlankZh);
    }
}
