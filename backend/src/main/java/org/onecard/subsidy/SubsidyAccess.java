package org.onecard.subsidy;

import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.people.Person;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.persistence.PersonQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Whether an operator may act for a person's subsidies: the person exists and is in their departments. */
@Component
class SubsidyAccess {

    private final PersonQueries people;
    private final DepartmentScopes scopes;

    SubsidyAccess(PersonQueries people, DepartmentScopes scopes) {
        this.people = people;
        this.scopes = scopes;
    }

    /** The person (404 when missing, 403 when outside the operator's departments). */
    Mono<PersonDetails> reachable(long personId, CurrentUser user, String field) {
        return people.find(personId)
                .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.NOT_FOUND,
                        field + ": person " + personId + " not found")))
                .flatMap(person -> scopes.of(user).flatMap(scope -> scope.covers(person.orgUnitCode())
                        ? Mono.just(person)
                        : Mono.error(new ApiException(ResultCode.FORBIDDEN, field + ": person " + personId
                                + " is outside your department scope"))));
    }

    /** As {@link #reachable}, and still employed (not in the resigned library). */
    Mono<PersonDetails> active(long personId, CurrentUser user, String field) {
        return reachable(personId, user, field).flatMap(person -> Person.ACTIVE.equals(person.status())
                ? Mono.just(person)
                : Mono.error(new ApiException(ResultCode.PERSON_NOT_ACTIVE,
                        field + ": " + person.employeeNo() + " has left (resigned library)")));
    }
}
