package org.onecard.excel.rows;

import java.util.function.Function;
import org.onecard.excel.column.ColumnHeader;

/**
 * A value that may occur only once in a file, such as the employee number: a later row with the
 * same key is refused, naming the first. Rows whose key is null are not compared.
 *
 * @param column the column the refusal is reported against
 */
public record UniqueKey<R>(ColumnHeader column, Function<? super R, ?> key) {
}
