package org.onecard.excel.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.onecard.excel.column.ColumnHeader;

/** Everything phase 1 needs to know about one kind of import; no database, no side effects. */
public record ImportSpec<R>(SheetSpec sheet, RowParser<R> parser, List<UniqueKey<R>> uniqueKeys) {

    public ImportSpec {
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    public static <R> ImportSpec<R> of(SheetSpec sheet, RowParser<R> parser) {
        return new ImportSpec<>(sheet, parser, List.of());
    }

    /** Refuses any later row whose {@code key} equals an earlier row's. */
    public ImportSpec<R> unique(ColumnHeader column, Function<? super R, ?> key) {
        List<UniqueKey<R>> keys = new ArrayList<>(uniqueKeys);
        keys.add(new UniqueKey<>(column, key));
        return new ImportSpec<>(sheet, parser, keys);
    }
}
