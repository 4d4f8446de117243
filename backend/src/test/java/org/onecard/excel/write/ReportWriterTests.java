package org.onecard.excel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.write.TemplateWriterTests.open;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.onecard.excel.ExcelProperties;
import org.onecard.excel.TestWorkbook;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.excel.cardcentre.MoneySheet;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.ImportReport;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.HeaderCheck;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.SheetValidation;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.ReadResult;
import org.onecard.excel.sheet.SheetContent;
import org.onecard.excel.sheet.SheetRow;
import org.onecard.excel.sheet.WorkbookReader;

class ReportWriterTests {

    private final WorkbookReader reader = new WorkbookReader(ExcelProperties.defaults().readLimits());
    private final ImportSpec<MoneyRow> recharge = MoneySheet.recharge();

    private final Checked<MoneyRow> checked = validate(TestWorkbook.xlsx()
            .row("部门", "工号", "姓名", "卡号", "现金", "补贴", "补贴方式", "补贴到期日", "导入版本")
            .row("财务部", "000123", "张三", null, 100, null, null, null, 1)
            .row(null, "E002", "李四", "12345", -5, "abc", "累计", LocalDate.of(2026, 12, 31), 2)
            .row(null, "E003", null, null, 0, 0, null, "2026-02-30", 0)
            .bytes());

    @Test
    void writesEveryRowWithItsStatusAndReasonsInChinese() {
        SheetContent content = loaded(ReportWriter.write(checked.report(ImportOutcome.APPLIED)));

        assertThat(texts(content.header())).containsExactly("行号", "状态", "原因");
        List<SheetRow> rows = content.dataRows();
        assertThat(rows).extracting(row -> row.cell(0)).containsExactly(number(2), number(3), number(4));
        assertThat(rows).extracting(row -> row.cell(1).asText()).containsExactly("已导入", "拒绝", "拒绝");
        assertThat(rows.get(0).cell(2)).isEqualTo(CellValue.BLANK);
        assertThat(rows.get(1).cell(2).asText()).isEqualTo(
                "现金：不能为负数；补贴：不是有效的数字；补贴方式：只能填 1/累加, 2/清零");
        assertThat(rows.get(2).cell(2).asText()).isEqualTo(
                "补贴到期日：不是有效日期（如 2026-12-31）；导入版本：应在1到2147483647之间；现金和补贴不能同时为 0");
    }

    @Test
    void saysWhenAcceptedRowsWereNotApplied() {
        SheetContent nothing = loaded(ReportWriter.write(checked.report(ImportOutcome.NOTHING_APPLIED)));
        SheetContent preview = loaded(ReportWriter.write(checked.report(ImportOutcome.VALIDATED)));

        assertThat(nothing.dataRows().get(0).cell(1).asText()).isEqualTo("校验通过，未导入");
        assertThat(preview.dataRows().get(0).cell(1).asText()).isEqualTo("校验通过");
    }

    @Test
    void summarisesTheTotalsOnASecondSheet() throws IOException {
        ImportReport report = checked.report(ImportOutcome.APPLIED);
        try (XSSFWorkbook workbook = open(ReportWriter.write(report))) {
            Sheet summary = workbook.getSheet(ReportWriter.SUMMARY_SHEET);
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("已导入");
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void writesRefusedRowsInTheImportLayoutWithTheirCellsAsUploaded() {
        SheetContent content = loaded(ReportWriter.refusedRows(checked, recharge.sheet()));

        assertThat(texts(content.header())).containsExactly(
                "部门", "工号", "姓名", "卡号", "现金", "补贴", "补贴方式", "补贴到期日", "导入版本", "原行号", "拒绝原因");
        assertThat(content.dataRows()).hasSize(2);
        SheetRow first = content.dataRows().get(0);
        assertThat(first.cell(1)).isEqualTo(new CellValue.Text("E002"));
        assertThat(first.cell(3)).isEqualTo(new CellValue.Text("12345"));
        assertThat(first.cell(4)).isEqualTo(number(-5));
        assertThat(first.cell(7)).isEqualTo(new CellValue.DateTime(LocalDateTime.of(2026, 12, 31, 0, 0)));
        assertThat(first.cell(9)).isEqualTo(number(3));
        assertThat(first.cell(10).asText()).startsWith("现金：不能为负数");
    }

    @Test
    void aFixedRefusedRowsFileImportsAgain() throws IOException {
        byte[] fixed;
        try (XSSFWorkbook workbook = open(ReportWriter.refusedRows(checked, recharge.sheet()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(1).getCell(4).setCellValue(5);
            sheet.getRow(1).getCell(5).setCellValue(1.005);
            sheet.getRow(1).getCell(6).setCellValue("清零");
            sheet.getRow(2).getCell(4).setCellValue(20);
            sheet.getRow(2).getCell(7).setCellValue("2026-03-01");
            sheet.getRow(2).getCell(8).setCellValue(3);
            workbook.write(out);
            fixed = out.toByteArray();
        }

        SheetContent content = loaded(fixed);
        Checked<MoneyRow> again = validate(fixed);

        assertThat(HeaderCheck.check(recharge.sheet(), content.header())).isEmpty();
        assertThat(again.anyRefused()).isFalse();
        assertThat(again.accepted()).extracting(row -> row.value().subsidyFen()).containsExactly(101L, 0L);
    }

    private Checked<MoneyRow> validate(byte[] file) {
        return (Checked<MoneyRow>) SheetValidation.validate(loaded(file), recharge);
    }

    private SheetContent loaded(byte[] file) {
        ReadResult result = reader.read(file);
        assertThat(result).isInstanceOf(ReadResult.Loaded.class);
        return ((ReadResult.Loaded) result).content();
    }

    private static List<String> texts(SheetRow row) {
        return row.cells().stream().map(CellValue::asText).toList();
    }

    private static CellValue number(long value) {
        return new CellValue.Numeric(BigDecimal.valueOf(value).setScale(1));
    }
}
