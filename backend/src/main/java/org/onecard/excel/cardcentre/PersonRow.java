package org.onecard.excel.cardcentre;

/**
 * One line of a person import: 工号 | 姓名 | 部门.
 *
 * @param department the department's name, or its code where names repeat; the caller resolves it
 */
public record PersonRow(String employeeNo, String name, String department) {
}
