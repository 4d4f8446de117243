package org.onecard.excel.rows;

import org.onecard.excel.report.FileRefusal;

/** The outcome of phase 1: the whole file refused, or every row checked. */
public sealed interface Validation<R> permits Validation.FileRefused, Checked {

    record FileRefused<R>(FileRefusal refusal) implements Validation<R> {
    }
}
