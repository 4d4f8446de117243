package org.onecard.excel.report;

import org.onecard.common.error.ResultCode;

/**
 * Why a whole file was refused before any row was looked at. The texts name the limit that was
 * passed, e.g. "文件超过 5MB 的大小上限".
 */
public record FileRefusal(Issue issue, String messageZh, String messageEn) {

    public static FileRefusal of(Issue issue, Object... args) {
        return new FileRefusal(issue, issue.zh(args), issue.en(args));
    }

    public String code() {
        return issue.key();
    }

    /** The result code an HTTP layer answers with (e.g. 413 for a file over the size limit). */
    public ResultCode resultCode() {
        return issue.resultCode();
    }
}
