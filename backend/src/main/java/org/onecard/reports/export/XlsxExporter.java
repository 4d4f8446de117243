package org.onecard.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.onecard.reports.export.ReportSheet.Column;

/**
 * Writes any {@link ReportSheet} as an .xlsx laid out like the paper report. Streaming
 * (SXSSF): only {@link #WINDOW_ROWS} rows stay in memory, so a year of details does not fill the heap;
 * {@link #write(ReportSheet, Iterable, Supplier, OutputStream)} also takes its rows one at a time.
 */
public final class XlsxExporter {

    public static final String PREPARED_BY = "制表人：            审核人：            批准人：";
    static final int WINDOW_ROWS = 200;
    /** Row index of the column titles: organisation, title and the outlet/date line come first. */
    public static final int HEADER_ROW = 3;

    private XlsxExporter() {
    }

    public static byte[] write(ReportSheet report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, report.rows(), report::totals, out);
        return out.toByteArray();
    }

    /**
     * Writes the heading and columns of {@code layout} (its own rows and totals are not read), then
     * {@code rows} one at a time as they come, then the totals row {@code totals} gives once every row
     * is written, so a streamed export can sum exactly what it wrote. Neither the rows nor the workbook
     * are held in memory beyond {@link #WINDOW_ROWS} rows.
     */
    public static void write(ReportSheet layout, Iterable<List<Object>> rows, Supplier<List<Object>> totals,
                             OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        workbook.setCompressTempFiles(true);
        try {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(safeSheetName(layout.title()));
            int last = layout.columns().size() - 1;
            merged(sheet, 0, last, layout.organisation(), styles.organisation());
            merged(sheet, 1, last, layout.title(), styles.title());
            merged(sheet, 2, last, "营业点：" + layout.outletLabel() + "    日期：" + layout.from() + " 至 " + layout.to(),
                    null);
            header(sheet, layout.columns(), styles);
            int rowIndex = HEADER_ROW + 1;
            for (List<Object> line : rows) {
                cells(sheet.createRow(rowIndex++), layout.columns(), line, styles, false);
            }
            cells(sheet.createRow(rowIndex++), layout.columns(), totals.get(), styles, true);
            rowIndex++;
            merged(sheet, rowIndex++, last, PREPARED_BY, null);
            merged(sheet, rowIndex, last, "打印日期：" + layout.printedOn(), null);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a report workbook failed", e);
        } finally {
            workbook.dispose();
        }
    }

    /** Excel sheet names are at most 31 characters and may not contain \\ / ? * [ ] :. */
    static String safeSheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static void merged(Sheet sheet, int rowIndex, int lastColumn, String text, CellStyle style) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        }
    }

    private static void header(Sheet sheet, List<Column> columns, SheetStyles styles) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, columns.get(i).widthChars() * 256);
        }
    }

    private static void cells(Row row, List<Column> columns, List<Object> values, SheetStyles styles, boolean total) {
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (columns.get(i).kind()) {
                case MONEY_FEN -> {
                    cell.setCellValue(yuan(value));
                    cell.setCellStyle(styles.money(total));
                }
                case COUNT -> {
                    cell.setCellValue(((Number) value).longValue());
                    cell.setCellStyle(styles.count(total));
                }
                case TEXT -> {
                    cell.setCellValue(String.valueOf(value));
                    cell.setCellStyle(styles.text(total));
                }
            }
        }
    }

    /** Exact fen to yuan; the cell is a number so Excel can sum it, shown with two decimals. */
    private static double yuan(Object fen) {
        return BigDecimal.valueOf(((Number) fen).longValue(), 2).doubleValue();
    }
}
