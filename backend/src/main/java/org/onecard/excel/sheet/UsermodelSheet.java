package org.onecard.excel.sheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;

/** Turns the first sheet of a workbook POI has loaded (.xls) into rows of cell values. */
final class UsermodelSheet {

    private UsermodelSheet() {
    }

    static ReadResult read(Workbook workbook, ReadLimits limits) {
        if (workbook.getNumberOfSheets() == 0) {
            return new ReadResult.Refused(FileRefusal.of(Issue.NO_SHEET));
        }
        Sheet sheet = workbook.getSheetAt(0);
        RowCollector rows = new RowCollector(limits.maxDataRows());
        for (Row row : sheet) {
            if (!rows.add(toSheetRow(row, limits.maxColumns()))) {
                break;
            }
        }
        return rows.result();
    }

    private static SheetRow toSheetRow(Row row, int maxColumns) {
        int width = Math.max(0, Math.min(row.getLastCellNum(), maxColumns));
        List<CellValue> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? CellValue.BLANK : value(cell, cell.getCellType()));
        }
        return new SheetRow(row.getRowNum() + 1, cells);
    }

    private static CellValue value(Cell cell, CellType type) {
        return switch (type) {
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case STRING -> new CellValue.Text(cell.getRichStringCellValue().getString());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue.DateTime(cell.getLocalDateTimeCellValue())
                    : CellValue.Numeric.of(cell.getNumericCellValue());
            case BOOLEAN -> new CellValue.Bool(cell.getBooleanCellValue());
            case ERROR -> new CellValue.ErrorValue(errorCode(cell.getErrorCellValue()));
            default -> CellValue.BLANK;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
