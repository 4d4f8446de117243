package org.onecard.imports.domain;

/** The person an import row names by employee number, as the rules need them. */
public record Holder(long personId, String employeeNo, String name, boolean active, String departmentCode,
                     String departmentName) {
}
