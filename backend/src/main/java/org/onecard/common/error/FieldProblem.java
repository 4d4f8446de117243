package org.onecard.common.error;

import io.swagger.v3.oas.annotations.media.Schema;

/** One invalid input field: its JSON path and what is wrong with it. */
public record FieldProblem(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
}
