package org.onecard.excel.sheet;

import java.util.List;

/**
 * The first sheet: its first non-blank row (the header) and the non-blank rows after it.
 * Blank rows are dropped, as operators leave them between blocks and at the end.
 */
public record SheetContent(SheetRow header, List<SheetRow> dataRows) {

    public SheetContent {
        dataRows = List.copyOf(dataRows);
    }
}
