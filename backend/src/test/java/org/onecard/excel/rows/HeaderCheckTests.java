package org.onecard.excel.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.rows.Rows.row;

import org.junit.jupiter.api.Test;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;

class HeaderCheckTests {

    @Test
    void acceptsTheExactHeader() {
        assertThat(HeaderCheck.check(Rows.SHEET, row(1, "工号", "姓名", "金额"))).isEmpty();
    }

    @Test
    void acceptsSpacesRequiredMarksUnitsFullWidthFormsAndAliases() {
        assertThat(HeaderCheck.check(Rows.SHEET, row(1, " 工 号 ", "*姓名", "金额（元）"))).isEmpty();
        assertThat(HeaderCheck.check(Rows.SHEET, row(1, "＊工号", "姓名\u3000", "充值金额(元)"))).isEmpty();
        assertThat(HeaderCheck.check(Rows.SHEET, row(1, "工号", "姓名", "金额[元]", "备注", "其他"))).isEmpty();
    }

    @Test
    void refusesAWrongHeaderNamingEveryColumnThatDiffers() {
        FileRefusal refusal = HeaderCheck.check(Rows.SHEET, row(1, "工号", "名字", "余额")).orElseThrow();

        assertThat(refusal.issue()).isEqualTo(Issue.WRONG_HEADER);
        assertThat(refusal.messageZh())
                .isEqualTo("表头不符（请使用导入模板）：B列应为“姓名”，实为“名字”；C列应为“金额”，实为“余额”");
        assertThat(refusal.messageEn()).contains("column B should be \"姓名\" but is \"名字\"");
    }

    @Test
    void refusesColumnsInAnotherOrder() {
        FileRefusal refusal = HeaderCheck.check(Rows.SHEET, row(1, "姓名", "工号", "金额")).orElseThrow();

        assertThat(refusal.messageZh()).contains("A列应为“工号”，实为“姓名”", "B列应为“姓名”，实为“工号”");
    }

    @Test
    void refusesAHeaderMissingColumns() {
        FileRefusal refusal = HeaderCheck.check(Rows.SHEET, row(1, "工号")).orElseThrow();

        assertThat(refusal.messageZh()).contains("B列应为“姓名”，实为“（空）”", "C列应为“金额”");
    }

    @Test
    void refusesADataRowWhereTheHeaderShouldBe() {
        assertThat(HeaderCheck.check(Rows.SHEET, row(1, "E001", "张三", 12.5))).isPresent();
    }

    @Test
    void shortensLongWrongHeadersInTheMessage() {
        String longText = "这是一个非常非常非常非常非常长的错误表头文字内容";

        FileRefusal refusal = HeaderCheck.check(Rows.SHEET, row(1, longText, "姓名", "金额")).orElseThrow();

        assertThat(refusal.messageZh()).contains("…").doesNotContain(longText);
    }
}
