package org.onecard.excel.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onecard.excel.column.Column;
import org.onecard.excel.column.ColumnHeader;
import org.onecard.excel.column.ColumnRule;
import org.onecard.excel.rows.SheetSpec;

/**
 * Builds the downloadable import template: the header row in Chinese (required columns in dark
 * red), column widths and cell formats (text columns are formatted as text, so employee number
 * 000123 keeps its zeros), drop-downs for choice columns, and a second sheet explaining each column.
 */
public final class TemplateWriter {

    public static final String INSTRUCTIONS_SHEET = "填写说明";

    private static final List<String> GENERAL_NOTES = List.of(
            "第一行是表头，请勿修改、删除或调换列；从第二行起每行一条记录，空行会被跳过。",
            "只读取第一个工作表；表头右侧多出的列（如备注）会被忽略。",
            "导入时先检查所有行，结果逐行列出；被拒绝的行不会产生任何变更。");

    private TemplateWriter() {
    }

    public static byte[] write(SheetSpec spec) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(spec.title());
            Row header = sheet.createRow(0);
            for (Column<?> column : spec.columns()) {
                describe(sheet, header, column, styles);
            }
            sheet.createFreezePane(0, 1);
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), spec, styles);
            return Workbooks.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(Sheet sheet, Row header, Column<?> column, Styles styles) {
        ColumnHeader h = column.header();
        ColumnRule rule = column.rule();
        Cell cell = header.createCell(h.index());
        cell.setCellValue(h.title());
        cell.setCellStyle(styles.header(rule.required()));
        sheet.setColumnWidth(h.index(), h.widthChars() * 256);
        sheet.setDefaultColumnStyle(h.index(), styles.of(rule.format()));
        if (!rule.options().isEmpty()) {
            addDropDown(sheet, h.index(), rule.options());
        }
    }

    /** Offers the labels but lets codes ("1") through: the import reads both. */
    private static void addDropDown(Sheet sheet, int column, List<String> options) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(options.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static void writeInstructions(Sheet sheet, SheetSpec spec, Styles styles) {
        Workbooks.headerRow(sheet, List.of("列", "名称", "必填", "填写规则"), styles.header(false), new int[] {6, 14, 6, 70});
        int rowIndex = 1;
        for (Column<?> column : spec.columns()) {
            Row row = sheet.createRow(rowIndex++);
            ColumnRule rule = column.rule();
            Workbooks.text(row, 0, column.header().letter());
            Workbooks.text(row, 1, column.header().title());
            Workbooks.text(row, 2, rule.required() ? "是" : "否");
            Workbooks.text(row, 3, rule.ruleZh());
        }
        rowIndex++;
        for (String note : concat(GENERAL_NOTES, spec.notesZh())) {
            Cell cell = sheet.createRow(rowIndex++).createCell(0);
            cell.setCellValue(note);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
