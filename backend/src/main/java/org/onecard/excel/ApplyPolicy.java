package org.onecard.excel;

import org.onecard.excel.rows.Checked;

/** What phase 2 does with a file in which some rows were refused. */
public enum ApplyPolicy {
    /** Apply the accepted rows; the refused ones change nothing and are reported. */
    ACCEPTED_ROWS,
    /** Apply only a file with no refused row; otherwise apply nothing and report every row. */
    ALL_OR_NOTHING;

    boolean permits(Checked<?> checked) {
        if (checked.accepted().isEmpty()) {
            return false;
        }
        return this == ACCEPTED_ROWS || !checked.anyRefused();
    }
}
