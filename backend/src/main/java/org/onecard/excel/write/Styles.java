package org.onecard.excel.write;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.onecard.excel.column.CellFormat;

/** The few cell styles the written workbooks use, made once per workbook (Excel caps their number). */
final class Styles {

    private final CellStyle header;
    private final CellStyle requiredHeader;
    private final CellStyle wrapped;
    private final CellStyle dateTime;
    private final Map<CellFormat, CellStyle> byFormat = new EnumMap<>(CellFormat.class);

    Styles(Workbook workbook) {
        header = headerStyle(workbook, false);
        requiredHeader = headerStyle(workbook, true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        dateTime = formatted(workbook, "yyyy-mm-dd hh:mm:ss");
        byFormat.put(CellFormat.TEXT, formatted(workbook, "@"));
        byFormat.put(CellFormat.CHOICE, byFormat.get(CellFormat.TEXT));
        byFormat.put(CellFormat.INTEGER, formatted(workbook, "0"));
        byFormat.put(CellFormat.AMOUNT, formatted(workbook, "0.00"));
        byFormat.put(CellFormat.DATE, formatted(workbook, "yyyy-mm-dd"));
    }

    CellStyle header(boolean required) {
        return required ? requiredHeader : header;
    }

    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle of(CellFormat format) {
        return byFormat.get(format);
    }

    private static CellStyle headerStyle(Workbook workbook, boolean required) {
        Font font = workbook.createFont();
        font.setBold(true);
        if (required) {
            font.setColor(IndexedColors.DARK_RED.getIndex());
        }
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
