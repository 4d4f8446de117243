package org.onecard.excel.column;

import java.util.function.Function;
import org.onecard.excel.report.Reason;

/** One cell read as a typed value, or why it could not be. */
public sealed interface CellResult<T> {

    record Ok<T>(T value) implements CellResult<T> {
    }

    record Bad<T>(Reason reason) implements CellResult<T> {
    }

    static <T> CellResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> CellResult<T> bad(Reason reason) {
        return new Bad<>(reason);
    }

    default <U> CellResult<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return new Bad<>(((Bad<T>) this).reason());
    }
}
