package org.onecard.people;

/** A cardholder as the people register keeps them. */
public record Person(long id, String employeeNo, String name, long orgUnitId, String departmentName, String status) {

    public static final String ACTIVE = "ACTIVE";
    public static final String RESIGNED = "RESIGNED";
}
