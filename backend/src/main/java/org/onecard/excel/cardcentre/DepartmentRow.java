package org.onecard.excel.cardcentre;

/** One line of a department import: 组织编号 | 组织名称. */
public record DepartmentRow(String code, String name) {
}
