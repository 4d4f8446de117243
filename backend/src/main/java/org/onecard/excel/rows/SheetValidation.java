package org.onecard.excel.rows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.sheet.SheetContent;

/**
 * Phase 1 without lookups: the header, then every row parsed, then keys that repeat within the
 * file. Pure; it changes nothing anywhere.
 */
public final class SheetValidation {

    private SheetValidation() {
    }

    public static <R> Validation<R> validate(SheetContent content, ImportSpec<R> spec) {
        Optional<FileRefusal> wrongHeader = HeaderCheck.check(spec.sheet(), content.header());
        if (wrongHeader.isPresent()) {
            return new Validation.FileRefused<>(wrongHeader.get());
        }
        if (content.dataRows().isEmpty()) {
            return new Validation.FileRefused<>(FileRefusal.of(Issue.NO_DATA_ROWS));
        }
        List<RowResult<R>> rows = content.dataRows().stream().map(spec.parser()::parse).toList();
        Checked<R> checked = new Checked<>(content, rows);
        for (UniqueKey<R> key : spec.uniqueKeys()) {
            checked = checked.refusing(duplicates(checked, key));
        }
        return checked;
    }

    private static <R> Map<Integer, List<Reason>> duplicates(Checked<R> checked, UniqueKey<R> key) {
        Map<Object, Integer> firstRowByKey = new HashMap<>();
        Map<Integer, List<Reason>> refusals = new HashMap<>();
        for (RowResult.Accepted<R> row : checked.accepted()) {
            Object value = key.key().apply(row.value());
            if (value == null) {
                continue;
            }
            Integer first = firstRowByKey.putIfAbsent(value, row.rowNumber());
            if (first != null) {
                refusals.put(row.rowNumber(), List.of(key.column().reason(Issue.DUPLICATE_KEY, first)));
            }
        }
        return refusals;
    }
}
