package org.onecard.excel.rows;

import org.onecard.excel.sheet.SheetRow;

/** Turns one data row into a typed row or its reasons; pure, no lookups (those are row checks). */
@FunctionalInterface
public interface RowParser<R> {

    RowResult<R> parse(SheetRow row);
}
