package org.onecard.excel.column;

import java.util.List;

/**
 * How a column is filled in, for templates and their instruction sheet.
 *
 * @param ruleZh  the rule in Chinese, e.g. "金额（元），四舍五入到分，不能为负数"
 * @param options the labels offered in a drop-down, for choice columns
 */
public record ColumnRule(CellFormat format, boolean required, String ruleZh, List<String> options) {

    public ColumnRule {
        options = List.copyOf(options);
    }

    public static ColumnRule required(CellFormat format, String ruleZh) {
        return new ColumnRule(format, true, ruleZh, List.of());
    }

    ColumnRule optional(String blankMeansZh) {
        return new ColumnRule(format, false, ruleZh + "；" + blankMeansZh, options);
    }
}
