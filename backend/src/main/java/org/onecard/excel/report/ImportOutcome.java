package org.onecard.excel.report;

/** What became of the file as a whole. */
public enum ImportOutcome {
    /** Phase 1 only: every row was checked, nothing was changed (a preview). */
    VALIDATED("已校验，未导入"),
    /** The accepted rows were applied; refused rows changed nothing. */
    APPLIED("已导入"),
    /** Nothing was applied: no row was accepted, or the caller's policy refused the whole file. */
    NOTHING_APPLIED("未导入");

    private final String zh;

    ImportOutcome(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
