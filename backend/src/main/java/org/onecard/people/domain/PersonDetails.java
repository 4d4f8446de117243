package org.onecard.people.domain;

import java.time.LocalDate;
import org.onecard.people.Person;

/** A person as the register shows them, with their department and group names. */
public record PersonDetails(long id, String employeeNo, String name, long orgUnitId, String orgUnitCode,
                            String orgUnitName, Long groupId, String groupName, Long cardTypeId, String phone,
                            String idNumber, Gender gender, String status, LocalDate resignedOn) {

    public boolean resigned() {
        return Person.RESIGNED.equals(status);
    }
}
