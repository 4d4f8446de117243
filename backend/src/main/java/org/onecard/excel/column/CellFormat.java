package org.onecard.excel.column;

/** What kind of value a column holds; templates format the column to match. */
public enum CellFormat {
    TEXT,
    INTEGER,
    AMOUNT,
    DATE,
    CHOICE
}
