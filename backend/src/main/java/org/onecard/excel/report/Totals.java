package org.onecard.excel.report;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param rows     data rows read (blank rows are not counted)
 * @param accepted rows that passed every check
 * @param refused  rows with at least one reason
 * @param applied  rows that were applied: {@code accepted} when the file was applied, else 0
 */
public record Totals(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int rows, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int accepted,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int refused, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int applied) {
}
