package org.onecard.excel.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.onecard.excel.column.CellResult;
import org.onecard.excel.column.Column;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.SheetRow;

/**
 * Reads every column of a row and gathers all the reasons, so an operator learns about every bad
 * cell of the row at once. Use once per row:
 * <pre>{@code
 * RowReader r = new RowReader(row);
 * Long cash = r.get(CASH);          // null when the cell was bad; the reason is kept
 * Long subsidy = r.get(SUBSIDY);
 * if (cash != null && subsidy != null && cash == 0 && subsidy == 0) r.refuse(bothZero());
 * return r.finish(() -> new MoneyRow(..., cash, subsidy, ...));
 * }</pre>
 * Keep values boxed until {@link #finish}: a bad cell reads as null.
 */
public final class RowReader {

    private final SheetRow row;
    private final List<Reason> reasons = new ArrayList<>();

    public RowReader(SheetRow row) {
        this.row = row;
    }

    /** The cell's value, or null after recording why it is bad. */
    public <T> T get(Column<T> column) {
        CellResult<T> result = column.read(row);
        if (result instanceof CellResult.Ok<T> ok) {
            return ok.value();
        }
        reasons.add(((CellResult.Bad<T>) result).reason());
        return null;
    }

    /** Records a reason that spans cells, e.g. "cash and subsidy are both 0". */
    public void refuse(Reason reason) {
        reasons.add(reason);
    }

    public boolean hasReasons() {
        return !reasons.isEmpty();
    }

    /** Accepted with {@code build}'s row when nothing was wrong; {@code build} is not called otherwise. */
    public <R> RowResult<R> finish(Supplier<R> build) {
        if (reasons.isEmpty()) {
            return new RowResult.Accepted<>(row.rowNumber(), build.get());
        }
        return new RowResult.Refused<>(row.rowNumber(), reasons);
    }
}
