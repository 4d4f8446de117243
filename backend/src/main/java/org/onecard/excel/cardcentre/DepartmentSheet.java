package org.onecard.excel.cardcentre;

import java.util.List;
import org.onecard.excel.column.ColumnHeader;
import org.onecard.excel.column.Columns;
import org.onecard.excel.column.TextColumn;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowReader;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.SheetSpec;
import org.onecard.excel.sheet.SheetRow;

/** Department import: 组织编号 | 组织名称. A code repeated in the file is refused on its second row. */
public final class DepartmentSheet {

    /** The root is 0; each level adds two digits (DOMAIN §2), ten levels at most. */
    public static final TextColumn CODE = Columns.text(
                    ColumnHeader.of(0, "code", "组织编号").withAliases("部门编号", "编号"), 21)
            .matching("0([0-9]{2}){0,10}", "0 开头、每级两位数字，如 001、00301", "0 then two digits per level, e.g. 001, 00301");
    public static final TextColumn NAME = Columns.text(
            ColumnHeader.of(1, "name", "组织名称").withAliases("部门名称", "名称").withWidth(30), CardCentreColumns.DEPARTMENT_MAX);

    public static final SheetSpec SHEET = new SheetSpec("部门导入", List.of(CODE, NAME), List.of(
            "组织编号请按文本填写，开头的 0 不能省略；上级组织须已存在，或在本文件中排在前面。"));

    public static final ImportSpec<DepartmentRow> SPEC = ImportSpec.of(SHEET, DepartmentSheet::parse)
            .unique(CODE.header(), DepartmentRow::code);

    private DepartmentSheet() {
    }

    static RowResult<DepartmentRow> parse(SheetRow row) {
        RowReader r = new RowReader(row);
        String code = r.get(CODE);
        String name = r.get(NAME);
        return r.finish(() -> new DepartmentRow(code, name));
    }
}
