package org.onecard.excel.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Small helpers shared by the writers. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] bytes(Workbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory failed", e);
        }
    }

    /** A header row of titles, frozen so it stays visible while scrolling. */
    static Row headerRow(Sheet sheet, List<String> titles, CellStyle style, int[] widthsChars) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, widthsChars[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return row;
    }

    static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }
}
