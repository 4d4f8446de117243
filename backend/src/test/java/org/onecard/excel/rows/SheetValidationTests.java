package org.onecard.excel.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.onecard.excel.rows.Rows.header;
import static org.onecard.excel.rows.Rows.row;
import static org.onecard.excel.rows.Rows.sheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.ImportReport;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.report.ReportRow;
import org.onecard.excel.report.RowStatus;
import org.onecard.excel.report.Totals;

class SheetValidationTests {

    @Test
    void parsesEveryRowIntoATypedValue() {
        Checked<Rows.Line> checked = checked(SheetValidation.validate(
                sheet(header(), row(2, "E001", "张三", 12.345), row(4, "E002", null, "0.005")), Rows.SPEC));

        assertThat(checked.accepted()).extracting(RowResult.Accepted::rowNumber).containsExactly(2, 4);
        assertThat(checked.accepted()).extracting(RowResult.Accepted::value).containsExactly(
                new Rows.Line("E001", Optional.of("张三"), 1235), new Rows.Line("E002", Optional.empty(), 1));
        assertThat(checked.anyRefused()).isFalse();
    }

    @Test
    void givesEveryReasonOfARowAtOnce() {
        Checked<Rows.Line> checked = checked(SheetValidation.validate(
                sheet(header(), row(2, null, "欧阳娜娜娜", -5)), Rows.SPEC));

        RowResult.Refused<Rows.Line> refused = (RowResult.Refused<Rows.Line>) checked.rows().get(0);
        assertThat(refused.rowNumber()).isEqualTo(2);
        assertThat(refused.reasons()).extracting(Reason::field, Reason::code).containsExactly(
                tuple("employeeNo", Issue.REQUIRED.key()),
                tuple("name", Issue.TOO_LONG.key()),
                tuple("amount", Issue.NEGATIVE.key()));
    }

    @Test
    void refusesTheFileWhenTheHeaderIsWrongBeforeLookingAtRows() {
        Validation<Rows.Line> validation = SheetValidation.validate(
                sheet(row(1, "工号", "姓名", "余额"), row(2, "E001", "张三", 1)), Rows.SPEC);

        assertThat(refusalIssue(validation)).isEqualTo(Issue.WRONG_HEADER);
    }

    @Test
    void refusesAFileWithOnlyAHeader() {
        assertThat(refusalIssue(SheetValidation.validate(sheet(header()), Rows.SPEC))).isEqualTo(Issue.NO_DATA_ROWS);
    }

    @Test
    void refusesTheLaterRowsOfARepeatedKeyNamingTheFirst() {
        Checked<Rows.Line> checked = checked(SheetValidation.validate(sheet(header(),
                row(2, "E001", "张三", 1), row(3, "E002", "李四", 1), row(5, "E001", "张三", 2), row(6, "E001", null, 3)),
                Rows.SPEC));

        assertThat(checked.accepted()).extracting(RowResult.Accepted::rowNumber).containsExactly(2, 3);
        ImportReport report = checked.report(ImportOutcome.VALIDATED);
        assertThat(report.refusedRows()).extracting(ReportRow::rowNumber).containsExactly(5, 6);
        Reason duplicate = report.refusedRows().get(0).reasons().get(0);
        assertThat(duplicate.code()).isEqualTo(Issue.DUPLICATE_KEY.key());
        assertThat(duplicate.displayZh()).isEqualTo("工号：与第2行重复");
        assertThat(duplicate.messageEn()).isEqualTo("duplicates row 2");
    }

    @Test
    void aRowRefusedForItsCellsDoesNotClaimItsKey() {
        Checked<Rows.Line> checked = checked(SheetValidation.validate(sheet(header(),
                row(2, "E001", "张三", "abc"), row(3, "E001", "张三", 1)), Rows.SPEC));

        assertThat(checked.accepted()).extracting(RowResult.Accepted::rowNumber).containsExactly(3);
    }

    @Test
    void rowsWithoutAKeyAreNotComparedForDuplicates() {
        ImportSpec<Rows.Line> byName = ImportSpec.of(Rows.SHEET, Rows::parse)
                .unique(Rows.NAME.header(), line -> line.name().orElse(null));

        Checked<Rows.Line> checked = checked(SheetValidation.validate(sheet(header(),
                row(2, "E001", null, 1), row(3, "E002", null, 1), row(4, "E003", "张三", 1), row(5, "E004", "张三", 1)),
                byName));

        assertThat(checked.accepted()).extracting(RowResult.Accepted::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void reportsEveryRowInSheetOrderWithTotals() {
        Checked<Rows.Line> checked = checked(SheetValidation.validate(sheet(header(),
                row(2, "E001", "张三", 1), row(3, "E002", "李四", "x"), row(4, "E003", "王五", 2)), Rows.SPEC));

        ImportReport report = checked.report(ImportOutcome.VALIDATED);

        assertThat(report.rows()).extracting(ReportRow::rowNumber, ReportRow::status).containsExactly(
                tuple(2, RowStatus.ACCEPTED),
                tuple(3, RowStatus.REFUSED),
                tuple(4, RowStatus.ACCEPTED));
        assertThat(report.totals()).isEqualTo(new Totals(3, 2, 1, 0));
        assertThat(checked.report(ImportOutcome.APPLIED).totals()).isEqualTo(new Totals(3, 2, 1, 2));
    }

    @Test
    void laterReasonsAddToARowsEarlierOnes() {
        Checked<Rows.Line> checked = checked(SheetValidation.validate(sheet(header(),
                row(2, "E001", "张三", "x"), row(3, "E002", "李四", 1)), Rows.SPEC));
        Reason lookup = Reason.forRow("test.lookup", "查无此人", "no such person");

        Checked<Rows.Line> more = checked.refusing(Map.of(2, List.of(lookup), 3, List.of(lookup)));

        assertThat(more.report(ImportOutcome.VALIDATED).rows()).extracting(r -> r.reasons().size()).containsExactly(2, 1);
        assertThat(more.accepted()).isEmpty();
    }

    static <R> Checked<R> checked(Validation<R> validation) {
        assertThat(validation).isInstanceOf(Checked.class);
        return (Checked<R>) validation;
    }

    private static Issue refusalIssue(Validation<?> validation) {
        assertThat(validation).isInstanceOf(Validation.FileRefused.class);
        return ((Validation.FileRefused<?>) validation).refusal().issue();
    }
}
