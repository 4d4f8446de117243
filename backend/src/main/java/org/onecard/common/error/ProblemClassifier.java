package org.onecard.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Maps any throwable to the catalogue; unknown failures become INTERNAL_ERROR with no detail. */
final class ProblemClassifier {

    ApiException classify(Throwable error) {
        if (error instanceof ApiException api) {
            return api;
        }
        if (error instanceof WebExchangeBindException bind) {
            List<FieldProblem> fields = bind.getFieldErrors().stream()
                    .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                    .collect(Collectors.toList());
            return new ApiException(ResultCode.VALIDATION_FAILED, "Some fields are invalid", fields);
        }
        if (error instanceof MissingRequestValueException missing) {
            String name = missing.getName();
            return new ApiException(ResultCode.VALIDATION_FAILED, missing.getReason(),
                    List.of(new FieldProblem(name, "is required")));
        }
        if (error instanceof ServerWebInputException input) {
            return fromInput(input);
        }
        if (error instanceof MethodNotAllowedException) {
            return new ApiException(ResultCode.METHOD_NOT_ALLOWED, "This method is not allowed here");
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return new ApiException(ResultCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status);
        }
        if (causedBy(error, DataBufferLimitException.class)) {
            return new ApiException(ResultCode.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
        if (isDatabaseDown(error)) {
            return new ApiException(ResultCode.SERVICE_UNAVAILABLE, "The database is not reachable; try again");
        }
        return new ApiException(ResultCode.INTERNAL_ERROR, "An internal error occurred");
    }

    private ApiException fromInput(ServerWebInputException input) {
        if (causedBy(input, DataBufferLimitException.class)) {
            return new ApiException(ResultCode.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
        Throwable root = input.getMostSpecificCause();
        JsonMappingException located = firstWithPath(input);
        if (located != null) {
            String message = located instanceof UnrecognizedPropertyException ? "is not a known field"
                    : root instanceof InputCoercionException ? "is out of range"
                    : "must be a " + simpleType(targetType(located));
            return field(located, message);
        }
        if (root instanceof JsonProcessingException) {
            return new ApiException(ResultCode.MALFORMED_REQUEST, "The body is not valid JSON");
        }
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                && !input.getMethodParameter().hasParameterAnnotation(
                        org.springframework.web.bind.annotation.RequestBody.class)) {
            String name = input.getMethodParameter().getParameterName();
            return new ApiException(ResultCode.VALIDATION_FAILED, "Invalid parameter " + name,
                    List.of(new FieldProblem(name, "has an invalid value")));
        }
        return new ApiException(ResultCode.MALFORMED_REQUEST,
                input.getReason() == null ? "The request could not be read" : input.getReason());
    }

    /** Jackson wraps a failure with the JSON path where it happened; the outermost such wrapper names the field. */
    private static JsonMappingException firstWithPath(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return mapping;
            }
        }
        return null;
    }

    private static Class<?> targetType(JsonMappingException e) {
        return e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
    }

    private static ApiException field(JsonMappingException e, String message) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return new ApiException(ResultCode.VALIDATION_FAILED, path + " " + message,
                List.of(new FieldProblem(path, message)));
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isEnum()) {
            return "one of the allowed values";
        }
        return type == String.class ? "string" : "value of the right type";
    }

    private static ApiException fromStatus(ResponseStatusException status) {
        int code = status.getStatusCode().value();
        if (code == 404) {
            return new ApiException(ResultCode.NOT_FOUND, "No such resource");
        }
        if (code == 405) {
            return new ApiException(ResultCode.METHOD_NOT_ALLOWED, "This method is not allowed here");
        }
        if (code == 415) {
            return new ApiException(ResultCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
        }
        if (code == 413) {
            return new ApiException(ResultCode.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
        if (code >= 400 && code < 500) {
            return new ApiException(ResultCode.MALFORMED_REQUEST, status.getReason());
        }
        return new ApiException(ResultCode.INTERNAL_ERROR, "An internal error occurred");
    }

    /**
     * Looks at the suppressed exceptions too: when a statement fails because the database went
     * away, the rollback on the dead connection fails as well, and Spring reports the rollback's
     * failure (the driver's "Request queue was disposed") with the statement's as suppressed.
     */
    private static boolean isDatabaseDown(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (databaseDown(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseDown(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean databaseDown(Throwable error) {
        return causedBy(error, DataAccessResourceFailureException.class)
                || causedBy(error, R2dbcNonTransientResourceException.class)
                || causedBy(error, R2dbcTransientException.class)
                || causedBy(error, TransientDataAccessException.class);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
