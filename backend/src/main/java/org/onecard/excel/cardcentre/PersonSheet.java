package org.onecard.excel.cardcentre;

import java.util.List;
import java.util.Locale;
import org.onecard.excel.column.TextColumn;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowReader;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.SheetSpec;
import org.onecard.excel.sheet.SheetRow;

/** Person import: 工号 | 姓名 | 部门. An employee number repeated in the file is refused on its second row. */
public final class PersonSheet {

    public static final TextColumn EMPLOYEE_NO = CardCentreColumns.employeeNo(0);
    public static final TextColumn NAME = CardCentreColumns.name(1);
    public static final TextColumn DEPARTMENT = CardCentreColumns.department(2);

    public static final SheetSpec SHEET = new SheetSpec("人员导入", List.of(EMPLOYEE_NO, NAME, DEPARTMENT), List.of(
            "部门填部门名称；名称有重复时填组织编号。工号请按文本填写，开头的 0 不能省略。"));

    public static final ImportSpec<PersonRow> SPEC = ImportSpec.of(SHEET, PersonSheet::parse)
            .unique(EMPLOYEE_NO.header(), row -> row.employeeNo().toUpperCase(Locale.ROOT));

    private PersonSheet() {
    }

    static RowResult<PersonRow> parse(SheetRow row) {
        RowReader r = new RowReader(row);
        String employeeNo = r.get(EMPLOYEE_NO);
        String name = r.get(NAME);
        String department = r.get(DEPARTMENT);
        return r.finish(() -> new PersonRow(employeeNo, name, department));
    }
}
