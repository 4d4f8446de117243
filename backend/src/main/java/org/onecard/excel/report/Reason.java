package org.onecard.excel.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

/**
 * Why a row was refused.
 *
 * @param field     stable English key of the column ({@code "cash"}), or empty for a whole-row reason
 * @param title     the column's Chinese header ({@code "现金"}), or empty for a whole-row reason
 * @param code      stable key: an {@link Issue#key()} or one of the caller's own (e.g. {@code "money.both-zero"})
 * @param messageZh what is wrong, in Chinese, for operators
 * @param messageEn the same in English
 */
public record Reason(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String messageZh,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String messageEn) {

    public Reason {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public static Reason forField(String field, String title, Issue issue, Object... args) {
        return new Reason(field, title, issue.key(), issue.zh(args), issue.en(args));
    }

    public static Reason forRow(String code, String messageZh, String messageEn) {
        return new Reason("", "", code, messageZh, messageEn);
    }

    /** "现金：不能为负数", the form written into report workbooks. */
    public String displayZh() {
        return title.isEmpty() ? messageZh : title + "：" + messageZh;
    }

    public String displayEn() {
        return field.isEmpty() ? messageEn : field + ": " + messageEn;
    }
}
