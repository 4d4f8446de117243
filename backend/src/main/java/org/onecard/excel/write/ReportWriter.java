package org.onecard.excel.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onecard.excel.column.Column;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.ImportReport;
import org.onecard.excel.report.Reason;
import org.onecard.excel.report.ReportRow;
import org.onecard.excel.report.RowStatus;
import org.onecard.excel.report.Totals;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.SheetSpec;
import org.onecard.excel.sheet.SheetRow;

/** Writes import results back out as workbooks operators can read, fix and upload again. */
public final class ReportWriter {

    public static final String RESULT_SHEET = "导入结果";
    public static final String SUMMARY_SHEET = "汇总";
    public static final String ROW_NUMBER_TITLE = "原行号";
    public static final String REASONS_TITLE = "拒绝原因";

    private ReportWriter() {
    }

    /** Sheet 1: 行号 | 状态 | 原因, one line per data row; sheet 2: the totals. */
    public static byte[] write(ImportReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(RESULT_SHEET);
            Workbooks.headerRow(sheet, List.of("行号", "状态", "原因"), styles.header(false), new int[] {8, 16, 80});
            int rowIndex = 1;
            for (ReportRow line : report.rows()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(line.rowNumber());
                Workbooks.text(row, 1, statusZh(line.status(), report.outcome()));
                if (!line.reasons().isEmpty()) {
                    Workbooks.text(row, 2, reasonsZh(line.reasons()));
                }
            }
            writeSummary(workbook.createSheet(SUMMARY_SHEET), report, styles);
            return Workbooks.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The refused rows in the import's own layout, cells as they were uploaded, followed by
     * 原行号 and 拒绝原因. The header check ignores the two extra columns, so the operator can fix
     * the cells and upload this very file again.
     */
    public static byte[] refusedRows(Checked<?> checked, SheetSpec spec) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(spec.title());
            int width = spec.columns().size();
            Workbooks.headerRow(sheet, refusedRowsTitles(spec), styles.header(false), refusedRowsWidths(spec));
            CellWriter cells = new CellWriter(styles);
            Map<Integer, SheetRow> sources = checked.source().dataRows().stream()
                    .collect(Collectors.toMap(SheetRow::rowNumber, Function.identity()));
            int rowIndex = 1;
            for (RowResult<?> result : checked.rows()) {
                if (result instanceof RowResult.Refused<?> refused) {
                    Row row = sheet.createRow(rowIndex++);
                    SheetRow source = sources.get(refused.rowNumber());
                    for (Column<?> column : spec.columns()) {
                        cells.write(row, column, source.cell(column.header().index()));
                    }
                    row.createCell(width).setCellValue(refused.rowNumber());
                    Workbooks.text(row, width + 1, reasonsZh(refused.reasons()));
                }
            }
            return Workbooks.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String statusZh(RowStatus status, ImportOutcome outcome) {
        if (status == RowStatus.REFUSED) {
            return "拒绝";
        }
        return switch (outcome) {
            case APPLIED -> "已导入";
            case VALIDATED -> "校验通过";
            case NOTHING_APPLIED -> "校验通过，未导入";
        };
    }

    private static String reasonsZh(List<Reason> reasons) {
        return reasons.stream().map(Reason::displayZh).collect(Collectors.joining("；"));
    }

    private static void writeSummary(Sheet sheet, ImportReport report, Styles styles) {
        Workbooks.headerRow(sheet, List.of("项目", "数值"), styles.header(false), new int[] {14, 20});
        Totals totals = report.totals();
        summaryLine(sheet, 1, "结果", report.outcome().zh());
        summaryLine(sheet, 2, "数据行数", totals.rows());
        summaryLine(sheet, 3, "通过", totals.accepted());
        summaryLine(sheet, 4, "拒绝", totals.refused());
        summaryLine(sheet, 5, "已导入", totals.applied());
    }

    private static void summaryLine(Sheet sheet, int rowIndex, String label, Object value) {
        Row row = sheet.createRow(rowIndex);
        Workbooks.text(row, 0, label);
        if (value instanceof Integer number) {
            row.createCell(1).setCellValue(number);
        } else {
            Workbooks.text(row, 1, String.valueOf(value));
        }
    }

    private static List<String> refusedRowsTitles(SheetSpec spec) {
        List<String> titles = new ArrayList<>(spec.columns().stream().map(c -> c.header().title()).toList());
        titles.add(ROW_NUMBER_TITLE);
        titles.add(REASONS_TITLE);
        return titles;
    }

    private static int[] refusedRowsWidths(SheetSpec spec) {
        int[] widths = new int[spec.columns().size() + 2];
        for (Column<?> column : spec.columns()) {
            widths[column.header().index()] = column.header().widthChars();
        }
        widths[widths.length - 2] = 8;
        widths[widths.length - 1] = 60;
        return widths;
    }
}
