package org.onecard.imports.domain;

import org.onecard.excel.report.Reason;

/**
 * Why the card centre refuses an import row after looking things up. Each key is stable (UIs and
 * tests match on it), like the toolkit's {@code excel.*} keys; texts take {@code {n}} arguments.
 */
public enum ImportReason {
    // departments
    CODE_TAKEN("import.code-taken", "", "", "组织编号已存在", "the department code is already in use"),
    PARENT_MISSING("import.parent-missing", "", "", "上级组织 {0} 不存在，也不在本文件的前面",
            "the parent department {0} does not exist and is not earlier in the file"),
    ROOT_NOT_ALLOWED("import.root-not-allowed", "", "", "根组织 0 只能由不限部门的操作员在系统中尚无根组织时创建",
            "the root 0 can only be created, once, by an operator without a department scope"),
    // people
    EMPLOYEE_NO_TAKEN("import.employee-no-taken", "employeeNo", "工号", "工号已被在职人员 {0} 使用",
            "is already used by the active person {0}"),
    EMPLOYEE_NO_RESIGNED("import.employee-no-resigned", "employeeNo", "工号",
            "工号属于离职人员 {0}，工号不能重复使用；如需返聘请在离职库中操作",
            "belongs to the resigned person {0} and is never reused; rehire them from the resigned library"),
    EMPLOYEE_NO_RULES("import.employee-no-rules", "employeeNo", "工号", "不符合工号规则：{0}",
            "breaks the employee number rules: {0}"),
    DEPARTMENT_UNKNOWN("import.department-unknown", "department", "部门", "没有名称或编号为“{0}”的部门",
            "no department is named or coded \"{0}\""),
    DEPARTMENT_AMBIGUOUS("import.department-ambiguous", "department", "部门", "有 {0} 个部门叫这个名称，请填写组织编号",
            "{0} departments have this name; give the department code"),
    NAME_INVALID("import.name-invalid", "name", "姓名", "姓名无效：{0}", "the name is not valid: {0}"),
    // money
    PERSON_UNKNOWN("import.person-unknown", "employeeNo", "工号", "没有这个工号的人员", "no person has this employee number"),
    PERSON_RESIGNED("import.person-resigned", "employeeNo", "工号", "该人员已离职", "the person has resigned"),
    OUTSIDE_SCOPE("import.outside-scope", "", "", "该人员（部门）不在您的管理范围内",
            "the person's department is outside your department scope"),
    DEPARTMENT_MISMATCH("import.department-mismatch", "department", "部门", "与系统中该人员的部门“{0}”不一致",
            "does not match the person's department \"{0}\""),
    NAME_MISMATCH("import.name-mismatch", "name", "姓名", "与系统中该工号的姓名“{0}”不一致",
            "does not match the name \"{0}\" of this employee number"),
    CARD_MISMATCH("import.card-mismatch", "cardNo", "卡号", "不是该人员的可用卡（可用卡号 {0}）",
            "is not the person's usable card (that is {0})"),
    NO_USABLE_CARD("import.no-usable-card", "", "", "该人员没有可用的卡（正常且未过期）",
            "the person holds no usable card (normal and not expired)"),
    ABOVE_SINGLE_LIMIT("import.above-single-limit", "cash", "现金", "超过单笔充值限额 {0} 元",
            "is above the single-recharge limit of {0} yuan"),
    ABOVE_MAX_BALANCE("import.above-max-balance", "cash", "现金", "充值后余额 {0} 元将超过最大卡余额 {1} 元",
            "would bring the balance to {0} yuan, above the maximum of {1} yuan"),
    INSUFFICIENT_CASH("import.insufficient-cash", "cash", "现金", "现金余额只有 {0} 元", "the cash wallet holds only {0} yuan"),
    INSUFFICIENT_SUBSIDY("import.insufficient-subsidy", "subsidy", "补贴", "补贴余额只有 {0} 元",
            "the subsidy wallet holds only {0} yuan"),
    NO_REFUNDABLE_CARD("import.no-refundable-card", "", "", "该人员没有可退款的卡（正常或冻结）",
            "the person holds no card that can be refunded (normal or frozen)"),
    VERSION_NOT_GREATER("import.version-not-greater", "version", "导入版本", "须大于该人员上次导入的版本 {0}",
            "must be greater than the person's last import version {0}"),
    SUBSIDY_UNAVAILABLE("import.subsidy-unavailable", "subsidy", "补贴", "补贴模块尚未启用，不能导入补贴",
            "subsidies cannot be imported yet (the subsidy module is not enabled)"),
    SUBSIDY_NOT_PERMITTED("import.subsidy-not-permitted", "subsidy", "补贴", "导入补贴需要补贴管理权限",
            "importing subsidies needs the subsidy:manage permission"),
    SUBSIDY_EXPIRED("import.subsidy-expired", "subsidyExpiry", "补贴到期日", "补贴到期日 {0} 已过",
            "the subsidy expiry {0} has passed");

    private final String key;
    private final String field;
    private final String title;
    private final String zh;
    private final String en;

    ImportReason(String key, String field, String title, String zh, String en) {
        this.key = key;
        this.field = field;
        this.title = title;
        this.zh = zh;
        this.en = en;
    }

    public String key() {
        return key;
    }

    public Reason reason(Object... args) {
        return new Reason(field, title, key, fill(zh, args), fill(en, args));
    }

    private static String fill(String template, Object... args) {
        String text = template;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
