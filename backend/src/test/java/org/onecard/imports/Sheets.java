package org.onecard.imports;

import org.onecard.excel.TestWorkbook;

/** Real .xlsx files in the card centre's layouts (DOMAIN §7). */
final class Sheets {

    static final Object[] MONEY_HEADER = {"部门", "工号", "姓名", "卡号", "现金", "补贴", "补贴方式", "补贴到期日", "导入版本"};

    private Sheets() {
    }

    /** A money sheet: each row is department, employee no, name, card no, cash, subsidy, mode, expiry, version. */
    static byte[] money(Object[]... rows) {
        TestWorkbook book = TestWorkbook.xlsx().row(MONEY_HEADER);
        for (Object[] row : rows) {
            book.row(row);
        }
        return book.bytes();
    }

    /** A money row with only employee number, cash, subsidy and version. */
    static Object[] cash(String employeeNo, Object cash, Object subsidy, long version) {
        return new Object[] {null, employeeNo, null, null, cash, subsidy, null, null, version};
    }

    static byte[] departments(Object[]... rows) {
        TestWorkbook book = TestWorkbook.xlsx().row("组织编号", "组织名称");
        for (Object[] row : rows) {
            book.row(row);
        }
        return book.bytes();
    }

    static byte[] people(Object[]... rows) {
        TestWorkbook book = TestWorkbook.xlsx().row("工号", "姓名", "部门");
        for (Object[] row : rows) {
            book.row(row);
        }
        return book.bytes();
    }
}
