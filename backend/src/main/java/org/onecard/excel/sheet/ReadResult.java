package org.onecard.excel.sheet;

import org.onecard.excel.report.FileRefusal;

/** A workbook read into cells, or the reason it could not be. */
public sealed interface ReadResult {

    record Loaded(SheetContent content) implements ReadResult {
    }

    record Refused(FileRefusal refusal) implements ReadResult {
    }
}
