package org.onecard.excel.rows;

import java.util.List;
import java.util.Objects;
import org.onecard.excel.column.Column;

/**
 * The layout of an import sheet: its columns in order, for reading, the header check and the
 * downloadable template.
 *
 * @param title   the sheet's name in templates, e.g. "充值补贴导入" (at most 31 characters, Excel's limit)
 * @param notesZh extra lines for the template's instruction sheet
 */
public record SheetSpec(String title, List<Column<?>> columns, List<String> notesZh) {

    public SheetSpec {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        notesZh = List.copyOf(notesZh);
        if (title.isBlank() || title.length() > 31) {
            throw new IllegalArgumentException("title must be 1..31 characters");
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().index() != i) {
                throw new IllegalArgumentException("column " + i + " is declared at index " + columns.get(i).header().index());
            }
        }
    }
}
