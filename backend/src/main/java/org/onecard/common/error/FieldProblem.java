package org.onecard.common.error;

/** One invalid input field: its JSON path and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
