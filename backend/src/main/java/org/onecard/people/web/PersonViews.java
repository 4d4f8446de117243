package org.onecard.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.people.domain.Gender;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.domain.PersonDraft;

/** The person register's HTTP shapes. */
final class PersonViews {

    private PersonViews() {
    }

    @Schema(description = "A person (人事资料)")
    record PersonView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "工号; never changes") String employeeNo,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long orgUnitId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orgUnitCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orgUnitName,
            Long groupId,
            String groupName,
            Long cardTypeId,
            String phone,
            @Schema(description = "18-character resident ID number") String idNumber,
            Gender gender,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACTIVE", "RESIGNED"})
            String status,
            @Schema(description = "set while the person is in the resigned library") LocalDate resignedOn) {

        static PersonView of(PersonDetails p) {
            return new PersonView(p.id(), p.employeeNo(), p.name(), p.orgUnitId(), p.orgUnitCode(), p.orgUnitName(),
                    p.groupId(), p.groupName(), p.cardTypeId(), p.phone(), p.idNumber(), p.gender(), p.status(),
                    p.resignedOn());
        }
    }

    @Schema(description = "A person in a list; the ID number is only shown on the person's own page")
    record PersonSummaryView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String employeeNo,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long orgUnitId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orgUnitCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orgUnitName,
            Long groupId,
            String groupName,
            Long cardTypeId,
            String phone,
            Gender gender,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACTIVE", "RESIGNED"})
            String status,
            LocalDate resignedOn) {

        static PersonSummaryView of(PersonDetails p) {
            return new PersonSummaryView(p.id(), p.employeeNo(), p.name(), p.orgUnitId(), p.orgUnitCode(),
                    p.orgUnitName(), p.groupId(), p.groupName(), p.cardTypeId(), p.phone(), p.gender(), p.status(),
                    p.resignedOn());
        }
    }

    @Schema(description = "A page of people, by employee number")
    record PersonPageView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<PersonSummaryView> items,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total) {

        static PersonPageView of(Page<PersonDetails> p) {
            return new PersonPageView(p.items().stream().map(PersonSummaryView::of).toList(), p.page(), p.size(),
                    p.total());
        }
    }

    @Schema(description = "A new person. The employee number is checked against the people settings.")
    record PersonCreateRequest(
            @Schema(description = "工号; omit to have the next one assigned when automatic numbers are on",
                    maxLength = 32) @Size(max = 32) String employeeNo,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) @NotBlank @Size(max = 100)
            String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Positive Long orgUnitId,
            @Positive Long groupId,
            @Positive Long cardTypeId,
            @Schema(maxLength = 32) @Size(max = 32) String phone,
            @Schema(description = "18-character resident ID number", maxLength = 18) @Size(max = 18) String idNumber,
            Gender gender) {

        PersonDraft draft() {
            return new PersonDraft(name, orgUnitId, groupId, cardTypeId, phone, idNumber, gender);
        }
    }

    @Schema(description = "A person's details, replaced as a whole; the employee number stays as it is")
    record PersonUpdateRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) @NotBlank @Size(max = 100)
            String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Positive Long orgUnitId,
            @Positive Long groupId,
            @Positive Long cardTypeId,
            @Schema(maxLength = 32) @Size(max = 32) String phone,
            @Schema(description = "18-character resident ID number", maxLength = 18) @Size(max = 18) String idNumber,
            Gender gender) {

        PersonDraft draft() {
            return new PersonDraft(name, orgUnitId, groupId, cardTypeId, phone, idNumber, gender);
        }
    }
}
