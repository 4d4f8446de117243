package org.onecard.people.application;

import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.people.Person;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.persistence.PersonQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether an operator may act for a person, for use cases outside this module (subsidies,
 * consumption): the person exists (else 1002) and is in the operator's departments (else 2010).
 * {@code field} names what the caller was given, for the problem detail.
 */
@Component
public class PersonAccess {

    private final PersonQueries people;
    private final DepartmentScopes scopes;

    public PersonAccess(PersonQueries people, DepartmentScopes scopes) {
        this.people = people;
        this.scopes = scopes;
    }

    public Mono<PersonDetails> reachable(long personId, CurrentUser user, String field) {
        return people.find(personId)
                .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.NOT_FOUND,
                        field + ": person " + personId + " not found")))
                .flatMap(person -> scopes.of(user).flatMap(scope -> scope.covers(person.orgUnitCode())
                        ? Mono.just(person)
                        : Mono.error(new ApiException(ResultCode.FORBIDDEN, field + ": person " + personId
                                + " is outside your department scope"))));
    }

    /** As {@link #reachable}, and still employed (not in the resigned library, else 5015). */
    public Mono<PersonDetails> active(long personId, CurrentUser user, String field) {
        return reachable(personId, user, field).flatMap(person -> Person.ACTIVE.equals(person.status())
                ? Mono.just(person)
                : Mono.error(new ApiException(ResultCode.PERSON_NOT_ACTIVE,
                        field + ": " + person.employeeNo() + " has left (resigned library)")));
    }
}
