package org.onecard.excel.cardcentre;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onecard.excel.column.AmountColumn;
import org.onecard.excel.column.Column;
import org.onecard.excel.column.ColumnHeader;
import org.onecard.excel.column.Columns;
import org.onecard.excel.report.Reason;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowReader;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.SheetSpec;
import org.onecard.excel.sheet.SheetRow;

/**
 * Recharge-and-subsidy and refund imports (DOMAIN §7), the same nine columns in this order:
 * 部门 | 工号 | 姓名 | 卡号 | 现金 | 补贴 | 补贴方式 | 补贴到期日 | 导入版本.
 * Department, name and card number may be blank; a blank amount is 0, but not both; a blank
 * subsidy mode is 累加; the version is a positive integer. An employee number repeated in the
 * file is refused on its second row. "Version greater than the person's last" needs the database:
 * pass it to phase 1 as a {@code RowCheck}.
 */
public final class MoneySheet {

    public static final String BOTH_ZERO = "money.both-zero";

    public static final Column<Optional<String>> DEPARTMENT = Columns.optional(CardCentreColumns.department(0));
    public static final Column<String> EMPLOYEE_NO = CardCentreColumns.employeeNo(1);
    public static final Column<Optional<String>> NAME = Columns.optional(CardCentreColumns.name(2));
    public static final Column<Optional<String>> CARD_NO = Columns.optional(CardCentreColumns.cardNo(3));
    public static final AmountColumn CASH_AMOUNT = Columns.amountFen(ColumnHeader.of(4, "cash", "现金").withAliases("充值金额"));
    public static final Column<Long> CASH = blankIsZero(CASH_AMOUNT);
    public static final Column<Long> SUBSIDY = blankIsZero(Columns.amountFen(ColumnHeader.of(5, "subsidy", "补贴").withAliases("补贴金额")));
    public static final Column<SubsidyMode> SUBSIDY_MODE = Columns.orElse(
            Columns.choice(ColumnHeader.of(6, "subsidyMode", "补贴方式"), SubsidyMode.choices()),
            SubsidyMode.CUMULATIVE, SubsidyMode.CUMULATIVE.label());
    public static final Column<Optional<LocalDate>> SUBSIDY_EXPIRY = Columns.optional(
            Columns.date(ColumnHeader.of(7, "subsidyExpiry", "补贴到期日").withAliases("到期日", "补贴有效期")));
    public static final Column<Long> VERSION = Columns.integer(
            ColumnHeader.of(8, "version", "导入版本").withAliases("版本", "版本号"), 1, Integer.MAX_VALUE);

    private static final List<String> RECHARGE_NOTES = List.of(
            "现金和补贴至少填一项且不能同时为 0；只导入补贴时现金填 0 或不填，反之亦然。",
            "补贴方式：1 或 累加 = 加到补贴余额；2 或 清零 = 先清空补贴余额再存入本次金额。",
            "导入版本须大于该人员上一次导入的版本，否则该行被拒绝，防止重复导入。",
            "部门、姓名、卡号可不填；填写时须与系统中该工号的人员一致。");
    private static final List<String> REFUND_NOTES = List.of(
            "现金和补贴至少填一项且不能同时为 0，金额为正数。",
            "补贴方式和补贴到期日在退款中不使用，可不填。",
            "导入版本须大于该人员上一次导入的版本，否则该行被拒绝，防止重复导入。");

    private MoneySheet() {
    }

    /** Recharge and subsidy; negative cash is refused. */
    public static ImportSpec<MoneyRow> recharge() {
        return recharge(false);
    }

    /** Recharge and subsidy, with negative cash (a negative recharge) allowed where the site allows it. */
    public static ImportSpec<MoneyRow> recharge(boolean negativeCashAllowed) {
        Column<Long> cash = negativeCashAllowed ? blankIsZero(CASH_AMOUNT.allowingNegative()) : CASH;
        return spec("充值补贴导入", cash, RECHARGE_NOTES);
    }

    /** Refunds of cash or subsidy; amounts are positive. */
    public static ImportSpec<MoneyRow> refunds() {
        return spec("退款导入", CASH, REFUND_NOTES);
    }

    private static ImportSpec<MoneyRow> spec(String title, Column<Long> cash, List<String> notes) {
        List<Column<?>> columns = List.of(DEPARTMENT, EMPLOYEE_NO, NAME, CARD_NO, cash, SUBSIDY, SUBSIDY_MODE,
                SUBSIDY_EXPIRY, VERSION);
        return ImportSpec.of(new SheetSpec(title, columns, notes), row -> parse(row, cash))
                .unique(EMPLOYEE_NO.header(), row -> row.employeeNo().toUpperCase(Locale.ROOT));
    }

    static RowResult<MoneyRow> parse(SheetRow row, Column<Long> cashColumn) {
        RowReader r = new RowReader(row);
        Optional<String> department = r.get(DEPARTMENT);
        String employeeNo = r.get(EMPLOYEE_NO);
        Optional<String> name = r.get(NAME);
        Optional<String> cardNo = r.get(CARD_NO);
        Long cash = r.get(cashColumn);
        Long subsidy = r.get(SUBSIDY);
        SubsidyMode mode = r.get(SUBSIDY_MODE);
        Optional<LocalDate> expiry = r.get(SUBSIDY_EXPIRY);
        Long version = r.get(VERSION);
        if (cash != null && subsidy != null && cash == 0 && subsidy == 0) {
            r.refuse(Reason.forRow(BOTH_ZERO, "现金和补贴不能同时为 0", "cash and subsidy must not both be 0"));
        }
        return r.finish(() -> new MoneyRow(department, employeeNo, name, cardNo, cash, subsidy, mode, expiry, version));
    }

    private static Column<Long> blankIsZero(Column<Long> amount) {
        return Columns.orElse(amount, 0L, "0");
    }
}
