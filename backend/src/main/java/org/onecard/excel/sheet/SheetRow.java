package org.onecard.excel.sheet;

import java.util.List;

/**
 * One non-blank row of the first sheet.
 *
 * @param rowNumber the 1-based row number Excel shows
 * @param cells     from column A on; cells past the end are blank
 */
public record SheetRow(int rowNumber, List<CellValue> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public CellValue cell(int index) {
        return index < cells.size() ? cells.get(index) : CellValue.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}
