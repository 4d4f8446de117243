package org.onecard.common.error;

import java.util.List;

/**
 * A request that cannot be served, carrying its catalogue code. Thrown by the web and
 * application layers only; domain rules return outcomes as values instead.
 */
public class ApiException extends RuntimeException {

    private final ResultCode resultCode;
    private final List<FieldProblem> fieldProblems;

    public ApiException(ResultCode resultCode, String detail) {
        this(resultCode, detail, List.of());
    }

    public ApiException(ResultCode resultCode, String detail, List<FieldProblem> fieldProblems) {
        super(detail, null, false, false);
        this.resultCode = resultCode;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public ResultCode resultCode() {
        return resultCode;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ResultCode.NOT_FOUND, what + " not found");
    }
}
