package org.onecard.merchant.domain;

import java.util.List;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;

/**
 * What became of a request about merchants and outlets: a refusal is an expected answer with
 * its catalogue code, so it is a value; the web layer turns it into problem+json.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(ResultCode code, String detail, List<FieldProblem> fields) implements Outcome<T> {

        public Refused {
            fields = List.copyOf(fields);
        }

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

    static <T> Outcome<T> invalid(String field, String message) {
        return new Refused<>(ResultCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }
}
