package org.onecard.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.onecard.excel.ExcelProperties;
import org.onecard.excel.cardcentre.DepartmentSheet;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.excel.cardcentre.MoneySheet;
import org.onecard.excel.cardcentre.PersonSheet;
import org.onecard.excel.cardcentre.SubsidyMode;
import org.onecard.excel.report.Issue;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.HeaderCheck;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.SheetSpec;
import org.onecard.excel.rows.SheetValidation;
import org.onecard.excel.rows.Validation;
import org.onecard.excel.sheet.ReadResult;
import org.onecard.excel.sheet.SheetContent;
import org.onecard.excel.sheet.WorkbookReader;

class TemplateWriterTests {

    private final WorkbookReader reader = new WorkbookReader(ExcelProperties.defaults().readLimits());

    static Stream<SheetSpec> sheets() {
        return Stream.of(DepartmentSheet.SHEET, PersonSheet.SHEET, MoneySheet.recharge().sheet(), MoneySheet.refunds().sheet());
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void aTemplateReadsBackWithAHeaderItsOwnImportAccepts(SheetSpec spec) {
        SheetContent content = loaded(TemplateWriter.write(spec));

        assertThat(HeaderCheck.check(spec, content.header())).isEmpty();
        assertThat(content.header().cells()).hasSize(spec.columns().size());
        assertThat(content.dataRows()).isEmpty();
    }

    @Test
    void anUntouchedTemplateIsRefusedForHavingNoRows() {
        ImportSpec<MoneyRow> recharge = MoneySheet.recharge();
        Validation<MoneyRow> validation = SheetValidation.validate(loaded(TemplateWriter.write(recharge.sheet())), recharge);

        assertThat(((Validation.FileRefused<MoneyRow>) validation).refusal().issue()).isEqualTo(Issue.NO_DATA_ROWS);
    }

    @Test
    void explainsEveryColumnOnASecondSheet() throws IOException {
        SheetSpec spec = MoneySheet.recharge().sheet();
        try (XSSFWorkbook workbook = open(TemplateWriter.write(spec))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("充值补贴导入");
            Sheet instructions = workbook.getSheet(TemplateWriter.INSTRUCTIONS_SHEET);
            assertThat(texts(instructions.getRow(0))).containsExactly("列", "名称", "必填", "填写规则");
            assertThat(texts(instructions.getRow(2))).containsExactly("B", "工号", "是", "文本，最多20个字符，字母、数字、- 或 _");
            assertThat(texts(instructions.getRow(5))).containsExactly("E", "现金", "否",
                    "金额（元），超过两位小数的部分四舍五入到分，不能为负数；不填表示0");
            assertThat(texts(instructions.getRow(7))).element(3).asString().contains("1/累加, 2/清零", "不填表示累加");
            assertThat(instructions.getLastRowNum()).isGreaterThan(spec.columns().size() + 3);
        }
    }

    @Test
    void formatsEachColumnForWhatItHoldsAndSizesIt() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateWriter.write(MoneySheet.recharge().sheet()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(4).getDataFormatString()).isEqualTo("0.00");
            assertThat(sheet.getColumnStyle(7).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(sheet.getColumnStyle(8).getDataFormatString()).isEqualTo("0");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void offersTheSubsidyModesInADropDownThatStillAcceptsCodes() throws IOException {
        try (XSSFWorkbook workbook = open(TemplateWriter.write(MoneySheet.recharge().sheet()))) {
            List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();

            assertThat(validations).hasSize(1);
            DataValidation modes = validations.get(0);
            assertThat(modes.getValidationConstraint().getExplicitListValues()).containsExactly("累加", "清零");
            assertThat(modes.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(6);
            assertThat(modes.getShowErrorBox()).isFalse();
        }
    }

    @Test
    void aFilledInTemplateImportsAndKeepsLeadingZeros() throws IOException {
        ImportSpec<MoneyRow> recharge = MoneySheet.recharge();
        byte[] filled;
        try (XSSFWorkbook workbook = open(TemplateWriter.write(recharge.sheet()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(1).setCellValue("000123");
            row.createCell(4).setCellValue(12.345);
            row.createCell(6).setCellValue("清零");
            row.createCell(7).setCellValue(LocalDate.of(2026, 12, 31));
            row.getCell(7).setCellStyle(workbook.getSheetAt(0).getColumnStyle(7));
            row.createCell(8).setCellValue(3);
            workbook.write(out);
            filled = out.toByteArray();
        }

        Checked<MoneyRow> checked = (Checked<MoneyRow>) SheetValidation.validate(loaded(filled), recharge);

        MoneyRow imported = ((RowResult.Accepted<MoneyRow>) checked.rows().get(0)).value();
        assertThat(imported.employeeNo()).isEqualTo("000123");
        assertThat(imported.cashFen()).isEqualTo(1235);
        assertThat(imported.subsidyMode()).isEqualTo(SubsidyMode.RESET);
        assertThat(imported.subsidyExpiry()).contains(LocalDate.of(2026, 12, 31));
    }

    private SheetContent loaded(byte[] file) {
        ReadResult result = reader.read(file);
        assertThat(result).isInstanceOf(ReadResult.Loaded.class);
        return ((ReadResult.Loaded) result).content();
    }

    static XSSFWorkbook open(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
