package org.onecard.reports.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The report workbook's styles, made once per workbook (Excel caps their number). */
final class SheetStyles {

    private final CellStyle organisation;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle[] money = new CellStyle[2];
    private final CellStyle[] count = new CellStyle[2];
    private final CellStyle[] text = new CellStyle[2];

    SheetStyles(Workbook workbook) {
        organisation = centred(workbook, 14, true);
        title = centred(workbook, 16, true);
        header = bordered(workbook, null, true);
        for (int t = 0; t < 2; t++) {
            money[t] = bordered(workbook, "#,##0.00", t == 1);
            count[t] = bordered(workbook, "0", t == 1);
            text[t] = bordered(workbook, null, t == 1);
        }
    }

    CellStyle organisation() {
        return organisation;
    }

    CellStyle title() {
        return title;
    }

    CellStyle header() {
        return header;
    }

    CellStyle money(boolean total) {
        return money[total ? 1 : 0];
    }

    CellStyle count(boolean total) {
        return count[total ? 1 : 0];
    }

    CellStyle text(boolean total) {
        return text[total ? 1 : 0];
    }

    private static CellStyle centred(Workbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle bordered(Workbook workbook, String format, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        return style;
    }
}
