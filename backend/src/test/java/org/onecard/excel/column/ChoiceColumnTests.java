package org.onecard.excel.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.excel.column.Cells.number;
import static org.onecard.excel.column.Cells.reason;
import static org.onecard.excel.column.Cells.text;
import static org.onecard.excel.column.Cells.value;

import org.junit.jupiter.api.Test;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.CellValue;

class ChoiceColumnTests {

    enum Mode { CUMULATIVE, RESET }

    private final ChoiceColumn<Mode> mode = Columns.choice(ColumnHeader.of(6, "subsidyMode", "补贴方式"),
            new Choice<>(Mode.CUMULATIVE, "1", "累加"), new Choice<>(Mode.RESET, "2", "清零"));

    @Test
    void readsTheCodeOrTheChineseLabel() {
        assertThat(value(mode.read(text("1")))).isEqualTo(Mode.CUMULATIVE);
        assertThat(value(mode.read(text("累加")))).isEqualTo(Mode.CUMULATIVE);
        assertThat(value(mode.read(text(" 2 ")))).isEqualTo(Mode.RESET);
        assertThat(value(mode.read(text("清零")))).isEqualTo(Mode.RESET);
        assertThat(value(mode.read(text("２")))).isEqualTo(Mode.RESET);
    }

    @Test
    void readsACodeTypedAsANumber() {
        assertThat(value(mode.read(number(1)))).isEqualTo(Mode.CUMULATIVE);
        assertThat(value(mode.read(number(2.0)))).isEqualTo(Mode.RESET);
    }

    @Test
    void refusesAnythingElseListingWhatIsAllowed() {
        Reason reason = reason(mode.read(text("累计")), Issue.NOT_A_CHOICE);
        assertThat(reason.messageZh()).isEqualTo("只能填 1/累加, 2/清零");
        reason(mode.read(text("3")), Issue.NOT_A_CHOICE);
        reason(mode.read(number(1.5)), Issue.NOT_A_CHOICE);
        reason(mode.read(text("CUMULATIVE")), Issue.NOT_A_CHOICE);
    }

    @Test
    void blankIsRequiredUnlessItHasAMeaning() {
        reason(mode.read(CellValue.BLANK), Issue.REQUIRED);
        Column<Mode> defaulted = Columns.orElse(mode, Mode.CUMULATIVE, "累加");
        assertThat(value(defaulted.read(CellValue.BLANK))).isEqualTo(Mode.CUMULATIVE);
        reason(defaulted.read(text("x")), Issue.NOT_A_CHOICE);
    }

    @Test
    void offersItsLabelsForATemplateDropDown() {
        assertThat(mode.rule().options()).containsExactly("累加", "清零");
        assertThat(mode.rule().format()).isEqualTo(CellFormat.CHOICE);
    }
}
