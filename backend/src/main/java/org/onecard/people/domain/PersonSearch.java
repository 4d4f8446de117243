package org.onecard.people.domain;

/**
 * Filters for the person list; null means "any".
 *
 * @param name       part of the name
 * @param employeeNo the start of the employee number
 * @param orgUnitId  this department and every department under it
 */
public record PersonSearch(String name, String employeeNo, Long orgUnitId, Long groupId, StatusFilter status) {

    public enum StatusFilter {
        /** The default list: people still here. */
        ACTIVE,
        /** The resigned library (离职库). */
        RESIGNED,
        ALL
    }
}
