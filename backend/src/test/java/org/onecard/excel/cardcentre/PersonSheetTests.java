package org.onecard.excel.cardcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.cardcentre.MoneySheetTests.reasonCodes;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.excel.ExcelImports;
import org.onecard.excel.ExcelProperties;
import org.onecard.excel.RowCheck;
import org.onecard.excel.TestWorkbook;
import org.onecard.excel.report.Issue;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.Validation;

class PersonSheetTests {

    private final ExcelImports imports = new ExcelImports(ExcelProperties.defaults());

    @Test
    void readsPersonsWithTheirDepartmentByNameOrCode() {
        Checked<PersonRow> checked = validate(TestWorkbook.xlsx().row("工号", "姓名", "部门")
                .row("E001", "张三", "财务部")
                .row("A-01", " 李四 ", "00301"));

        assertThat(checked.accepted()).extracting(RowResult.Accepted::value).containsExactly(
                new PersonRow("E001", "张三", "财务部"), new PersonRow("A-01", "李四", "00301"));
    }

    @Test
    void acceptsTheUsualOtherNamesForTheColumns() {
        Validation<PersonRow> validation = imports.validate(TestWorkbook.xlsx().row("员工编号", "*姓名", "部门名称")
                .row("E001", "张三", "财务部").bytes(), PersonSheet.SPEC, RowCheck.none()).block();

        assertThat(validation).isInstanceOf(Checked.class);
    }

    @Test
    void refusesBadCellsAndRepeatedEmployeeNumbers() {
        Checked<PersonRow> checked = validate(TestWorkbook.xlsx().row("工号", "姓名", "部门")
                .row("E001", "张三", "财务部")
                .row("E 002", "李四", "财务部")
                .row("E003", null, "财务部")
                .row("E004", "王五", "部".repeat(51))
                .row("E001", "赵六", "后勤部"));

        assertThat(reasonCodes(checked)).containsExactly(
                Map.entry(3, List.of("employeeNo " + Issue.WRONG_FORMAT.key())),
                Map.entry(4, List.of("name " + Issue.REQUIRED.key())),
                Map.entry(5, List.of("department " + Issue.TOO_LONG.key())),
                Map.entry(6, List.of("employeeNo " + Issue.DUPLICATE_KEY.key())));
    }

    @Test
    void refusesAPersonFileUploadedAsARechargeFile() {
        Validation<MoneyRow> validation = imports.validate(TestWorkbook.xlsx().row("工号", "姓名", "部门")
                .row("E001", "张三", "财务部").bytes(), MoneySheet.recharge(), RowCheck.none()).block();

        assertThat(((Validation.FileRefused<MoneyRow>) validation).refusal().issue()).isEqualTo(Issue.WRONG_HEADER);
    }

    private Checked<PersonRow> validate(TestWorkbook workbook) {
        Validation<PersonRow> validation = imports.validate(workbook.bytes(), PersonSheet.SPEC, RowCheck.none()).block();
        assertThat(validation).isInstanceOf(Checked.class);
        return (Checked<PersonRow>) validation;
    }
}
