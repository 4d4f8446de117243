package org.onecard.excel.rows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onecard.excel.column.Column;
import org.onecard.excel.column.ColumnHeader;
import org.onecard.excel.column.Columns;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.SheetContent;
import org.onecard.excel.sheet.SheetRow;

/** A three-column sheet for testing the row machinery without any domain. */
final class Rows {

    record Line(String employeeNo, Optional<String> name, long amountFen) {
    }

    static final Column<String> EMPLOYEE_NO = Columns.text(ColumnHeader.of(0, "employeeNo", "工号"), 10);
    static final Column<Optional<String>> NAME = Columns.optional(Columns.text(ColumnHeader.of(1, "name", "姓名"), 4));
    static final Column<Long> AMOUNT = Columns.amountFen(ColumnHeader.of(2, "amount", "金额").withAliases("充值金额"));

    static final SheetSpec SHEET = new SheetSpec("测试导入", List.of(EMPLOYEE_NO, NAME, AMOUNT), List.of());

    static final ImportSpec<Line> SPEC = ImportSpec.of(SHEET, Rows::parse).unique(EMPLOYEE_NO.header(), Line::employeeNo);

    private Rows() {
    }

    static RowResult<Line> parse(SheetRow row) {
        RowReader r = new RowReader(row);
        String employeeNo = r.get(EMPLOYEE_NO);
        Optional<String> name = r.get(NAME);
        Long amount = r.get(AMOUNT);
        return r.finish(() -> new Line(employeeNo, name, amount));
    }

    static SheetRow row(int rowNumber, Object... cells) {
        return new SheetRow(rowNumber, Arrays.stream(cells).map(Rows::cell).toList());
    }

    static SheetContent sheet(SheetRow header, SheetRow... data) {
        return new SheetContent(header, List.of(data));
    }

    static SheetRow header() {
        return row(1, "工号", "姓名", "金额");
    }

    private static CellValue cell(Object value) {
        if (value == null) {
            return CellValue.BLANK;
        }
        if (value instanceof Number number) {
            return CellValue.Numeric.of(number.doubleValue());
        }
        return new CellValue.Text((String) value);
    }
}
