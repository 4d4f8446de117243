package org.onecard.excel.report;

/**
 * @param rows     data rows read (blank rows are not counted)
 * @param accepted rows that passed every check
 * @param refused  rows with at least one reason
 * @param applied  rows that were applied: {@code accepted} when the file was applied, else 0
 */
public record Totals(int rows, int accepted, int refused, int applied) {
}
