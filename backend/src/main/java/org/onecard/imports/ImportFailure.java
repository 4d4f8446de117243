package org.onecard.imports;

import org.onecard.common.error.ResultCode;

/**
 * Phase 2 could not apply the file, so it applied nothing: the data changed between validation and
 * applying (another import, a payment), or the database failed.
 *
 * @param rowNumber the row being applied when it failed, or 0 when not known
 */
public class ImportFailure extends RuntimeException {

    private final ResultCode code;
    private final int rowNumber;

    public ImportFailure(ResultCode code, String detail, int rowNumber) {
        super(detail, null, false, false);
        this.code = code;
        this.rowNumber = rowNumber;
    }

    public ResultCode code() {
        return code;
    }

    public int rowNumber() {
        return rowNumber;
    }
}
