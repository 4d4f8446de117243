package org.onecard.excel.report;

/** What became of one data row. */
public enum RowStatus {
    /** Every check passed; the row is applied when the file is (see {@link ImportOutcome}). */
    ACCEPTED,
    /** At least one reason; the row changes nothing. */
    REFUSED
}
