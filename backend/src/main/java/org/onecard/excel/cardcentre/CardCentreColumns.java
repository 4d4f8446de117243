package org.onecard.excel.cardcentre;

import org.onecard.excel.column.ColumnHeader;
import org.onecard.excel.column.Columns;
import org.onecard.excel.column.TextColumn;

/** Columns that several card-centre sheets share, at whatever position each sheet puts them. */
final class CardCentreColumns {

    static final int EMPLOYEE_NO_MAX = 20;
    static final int NAME_MAX = 32;
    static final int DEPARTMENT_MAX = 50;
    static final int CARD_NO_MAX = 20;

    private CardCentreColumns() {
    }

    /** Letters only where the site enables them (DOMAIN §2): that, and a fixed length, are the caller's checks. */
    static TextColumn employeeNo(int index) {
        return Columns.text(ColumnHeader.of(index, "employeeNo", "工号").withAliases("员工编号", "学号"), EMPLOYEE_NO_MAX)
                .matching("[0-9A-Za-z_-]+", "字母、数字、- 或 _", "letters, digits, - or _");
    }

    static TextColumn name(int index) {
        return Columns.text(ColumnHeader.of(index, "name", "姓名"), NAME_MAX);
    }

    static TextColumn department(int index) {
        return Columns.text(ColumnHeader.of(index, "department", "部门").withAliases("部门名称", "组织", "组织名称")
                .withWidth(20), DEPARTMENT_MAX);
    }

    static TextColumn cardNo(int index) {
        return Columns.text(ColumnHeader.of(index, "cardNo", "卡号"), CARD_NO_MAX)
                .matching("[0-9]+", "数字", "digits");
    }
}
