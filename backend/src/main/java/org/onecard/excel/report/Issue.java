package org.onecard.excel.report;

import org.onecard.common.error.ResultCode;

/**
 * The toolkit's catalogue of import problems. Each {@link #key()} is stable: UIs and tests match
 * on it, so a key is never renamed or reused. Texts are templates whose {@code {n}} placeholders
 * take the arguments given when a {@link Reason} or {@link FileRefusal} is made; the Chinese and
 * English text may use different arguments (e.g. a format described once in each language).
 *
 * <p>File-level issues also name the result code an HTTP layer should answer with.
 */
public enum Issue {
    // one cell
    REQUIRED("excel.required", "不能为空", "is required"),
    TOO_LONG("excel.too-long", "不能超过{0}个字符", "must be at most {0} characters"),
    CONTROL_CHARACTERS("excel.control-characters", "不能包含换行等控制字符", "must not contain line breaks or other control characters"),
    WRONG_FORMAT("excel.wrong-format", "格式不正确，应为{0}", "has the wrong format, expected {1}"),
    NOT_A_NUMBER("excel.not-a-number", "不是有效的数字", "is not a number"),
    NOT_AN_INTEGER("excel.not-an-integer", "不是整数", "is not a whole number"),
    OUT_OF_RANGE("excel.out-of-range", "应在{0}到{1}之间", "must be between {0} and {1}"),
    NEGATIVE("excel.negative", "不能为负数", "must not be negative"),
    AMOUNT_TOO_LARGE("excel.amount-too-large", "金额绝对值不能超过{0}元", "must not exceed {0} yuan"),
    NOT_A_DATE("excel.not-a-date", "不是有效日期（如 2026-12-31）", "is not a valid date (e.g. 2026-12-31)"),
    NOT_A_CHOICE("excel.not-a-choice", "只能填 {0}", "must be one of {0}"),
    ERROR_VALUE("excel.error-value", "单元格是错误值 {0}", "holds the error value {0}"),
    // one row against the others
    DUPLICATE_KEY("excel.duplicate-key", "与第{0}行重复", "duplicates row {0}"),
    // the whole file
    FILE_EMPTY("excel.file-empty", "文件是空的", "the file is empty", ResultCode.VALIDATION_FAILED),
    FILE_TOO_LARGE("excel.file-too-large", "文件超过 {0} 的大小上限", "the file is larger than the {0} limit",
            ResultCode.PAYLOAD_TOO_LARGE),
    NOT_EXCEL("excel.not-excel", "不是 Excel 文件，请上传 .xlsx 或 .xls 文件",
            "not an Excel workbook; upload an .xlsx or .xls file", ResultCode.UNSUPPORTED_MEDIA_TYPE),
    OLD_FORMAT("excel.old-format", "不支持 Excel 95 及更早的格式，请另存为 .xlsx",
            "Excel 95 and older formats are not supported; save the file as .xlsx", ResultCode.UNSUPPORTED_MEDIA_TYPE),
    ENCRYPTED("excel.encrypted", "文件有密码保护，请取消密码后重新上传",
            "the file is password-protected; remove the password and upload it again", ResultCode.VALIDATION_FAILED),
    CORRUPT("excel.corrupt", "文件已损坏或无法读取", "the file is damaged or cannot be read", ResultCode.VALIDATION_FAILED),
    UNPACKED_TOO_LARGE("excel.unpacked-too-large", "文件解压后超过 {0} 的上限或压缩比异常（疑似压缩炸弹）",
            "the file unpacks to more than {0} or is compressed suspiciously well (zip bomb?)", ResultCode.PAYLOAD_TOO_LARGE),
    NO_SHEET("excel.no-sheet", "工作簿里没有工作表", "the workbook has no sheet", ResultCode.VALIDATION_FAILED),
    EMPTY_SHEET("excel.empty-sheet", "第一个工作表是空的", "the first sheet is empty", ResultCode.VALIDATION_FAILED),
    WRONG_HEADER("excel.wrong-header", "表头不符（请使用导入模板）：{0}", "the header row does not match the template: {1}",
            ResultCode.VALIDATION_FAILED),
    NO_DATA_ROWS("excel.no-data-rows", "只有表头，没有数据行", "there is a header row but no data rows",
            ResultCode.VALIDATION_FAILED),
    TOO_MANY_ROWS("excel.too-many-rows", "数据超过 {0} 行的上限，请分成几个文件导入",
            "more than {0} data rows; split the file", ResultCode.TOO_MANY_ITEMS);

    private final String key;
    private final String zh;
    private final String en;
    private final ResultCode resultCode;

    Issue(String key, String zh, String en) {
        this(key, zh, en, ResultCode.VALIDATION_FAILED);
    }

    Issue(String key, String zh, String en, ResultCode resultCode) {
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.resultCode = resultCode;
    }

    public String key() {
        return key;
    }

    public ResultCode resultCode() {
        return resultCode;
    }

    public String zh(Object... args) {
        return fill(zh, args);
    }

    public String en(Object... args) {
        return fill(en, args);
    }

    private static String fill(String template, Object... args) {
        String text = template;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
