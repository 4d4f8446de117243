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

class DepartmentSheetTests {

    private final ExcelImports imports = new ExcelImports(ExcelProperties.defaults());

    @Test
    void readsCodesOfEveryLevel() {
        Checked<DepartmentRow> checked = validate(TestWorkbook.xlsx().row("组织编号", "组织名称")
                .row("0", "总公司")
                .row("001", "财务部")
                .row("00301", "食堂一")
                .row("0" + "01".repeat(10), "第十级"));

        assertThat(checked.accepted()).extracting(RowResult.Accepted::value).contains(
                new DepartmentRow("001", "财务部"), new DepartmentRow("00301", "食堂一"));
        assertThat(checked.anyRefused()).isFalse();
    }

    @Test
    void refusesCodesThatBreakTheTreeRuleAndRepeatedCodes() {
        Checked<DepartmentRow> checked = validate(TestWorkbook.xlsx().row("组织编号", "组织名称")
                .row("001", "财务部")
                .row(1, "财务部（数字格式丢了开头的 0）")
                .row("0011", "奇数位")
                .row("0" + "01".repeat(11), "第十一级")
                .row("00A", "字母")
                .row("002", null)
                .row("001", "重复"));

        assertThat(reasonCodes(checked)).containsExactly(
                Map.entry(3, List.of("code " + Issue.WRONG_FORMAT.key())),
                Map.entry(4, List.of("code " + Issue.WRONG_FORMAT.key())),
                Map.entry(5, List.of("code " + Issue.TOO_LONG.key())),
                Map.entry(6, List.of("code " + Issue.WRONG_FORMAT.key())),
                Map.entry(7, List.of("name " + Issue.REQUIRED.key())),
                Map.entry(8, List.of("code " + Issue.DUPLICATE_KEY.key())));
    }

    private Checked<DepartmentRow> validate(TestWorkbook workbook) {
        Validation<DepartmentRow> validation = imports.validate(workbook.bytes(), DepartmentSheet.SPEC, RowCheck.none()).block();
        assertThat(validation).isInstanceOf(Checked.class);
        return (Checked<DepartmentRow>) validation;
    }
}
