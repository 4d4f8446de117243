package org.onecard.excel.sheet;

import java.util.ArrayList;
import java.util.List;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;

/** Keeps the header and the data rows, drops blank rows, and stops one row past the limit. */
final class RowCollector {

    private final int maxDataRows;
    private final List<SheetRow> dataRows = new ArrayList<>();
    private SheetRow header;

    RowCollector(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    /** Adds a row; false once the limit is passed, and the reader should stop. */
    boolean add(SheetRow row) {
        if (row.isBlank()) {
            return true;
        }
        if (header == null) {
            header = row;
        } else {
            dataRows.add(row);
        }
        return !overLimit();
    }

    ReadResult result() {
        if (header == null) {
            return new ReadResult.Refused(FileRefusal.of(Issue.EMPTY_SHEET));
        }
        if (overLimit()) {
            return new ReadResult.Refused(FileRefusal.of(Issue.TOO_MANY_ROWS, maxDataRows));
        }
        return new ReadResult.Loaded(new SheetContent(header, dataRows));
    }

    private boolean overLimit() {
        return dataRows.size() > maxDataRows;
    }
}
