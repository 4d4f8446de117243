package org.onecard.common.outcome;

import java.util.List;
import java.util.function.Function;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;

/**
 * What became of a request to read or change master data. A refusal is an expected answer
 * with its catalogue code, so it is a value here; the web layer turns it into problem+json.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(ResultCode code, String detail, List<FieldProblem> fields) implements Outcome<T> {

        public Refused {
            fields = List.copyOf(fields);
        }

        /** The same refusal, typed for a caller that expected something else. */
        public <U> Refused<U> cast() {
            return new Refused<>(code, detail, fields);
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(ResultCode code, String detail) {
        return new Refused<>(code, detail, List.of());
    }

    static <T> Outcome<T> notFound(String what) {
        return refused(ResultCode.NOT_FOUND, what + " not found");
    }

    static <T> Outcome<T> forbidden(String detail) {
        return refused(ResultCode.FORBIDDEN, detail);
    }

    /** Bad input in one field (1001), named so a form can show it beside the field. */
    static <T> Outcome<T> invalid(String field, String message) {
        return new Refused<>(ResultCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Done<T> done) {
            return new Done<>(f.apply(done.value()));
        }
        return ((Refused<T>) this).cast();
    }

    default boolean isDone() {
        return this instanceof Done;
    }
}
