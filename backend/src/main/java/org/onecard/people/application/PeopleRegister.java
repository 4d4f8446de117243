package org.onecard.people.application;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.people.domain.EmployeeNoRules;
import org.onecard.people.domain.PersonDetails;
import org.onecard.people.domain.PersonDraft;
import org.onecard.people.domain.PersonSearch;
import org.onecard.people.face.persistence.FaceStore;
import org.onecard.people.persistence.GroupStore;
import org.onecard.people.persistence.OrgUnitStore;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.people.persistence.PersonQueries;
import org.onecard.rules.CardTypes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The person register (人事资料) and its resigned library (离职库). A person is never deleted:
 * their employee number stays theirs for good, and their ledger accounts (keyed by person id)
 * are untouched by resigning and rehiring.
 */
@Service
public class PeopleRegister {

    /** Two automatic numbers handed out at once can collide; the loser counts again. */
    private static final int NUMBER_ATTEMPTS = 3;

    private final PeopleStore store;
    private final PersonQueries queries;
    private final PeopleSettings settings;
    private final DepartmentScopes scopes;
    private final OrgUnitStore orgUnits;
    private final GroupStore groups;
    private final CardTypes cardTypes;
    private final BusinessClock clock;
    private final FaceStore faces;
    private final TransactionalOperator tx;

    public PeopleRegister(PeopleStore store, PersonQueries queries, PeopleSettings settings, DepartmentScopes scopes,
                          OrgUnitStore orgUnits, GroupStore groups, CardTypes cardTypes, BusinessClock clock,
                          FaceStore faces, ReactiveTransactionManager transactions) {
        this.store = store;
        this.queries = queries;
        this.settings = settings;
        this.scopes = scopes;
        this.orgUnits = orgUnits;
        this.groups = groups;
        this.cardTypes = cardTypes;
        this.clock = clock;
        this.faces = faces;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<Outcome<PersonDetails>> find(long id, CurrentUser user) {
        return Flows.then(Flows.found(queries.find(id), () -> "Person " + id),
                person -> scopes.of(user).map(scope -> scope.covers(person.orgUnitCode())
                        ? Outcome.done(person)
                        : Outcome.forbidden("Person " + id + " is outside your department scope")));
    }

    /** @param employeeNo null or blank to have one assigned, when automatic numbers are on */
    public Mono<Outcome<PersonDetails>> create(String employeeNo, PersonDraft draft, CurrentUser user) {
        Mono<Outcome<Long>> inserted = Flows.then(draft.check(), clean -> Flows.then(placeable(clean, user),
                placed -> settings.employeeNoRules().flatMap(rules -> employeeNo == null || employeeNo.isBlank()
                        ? insertNumbered(rules, placed, NUMBER_ATTEMPTS)
                        : insertAs(rules, employeeNo, placed))));
        return Flows.then(inserted, id -> find(id, user));
    }

    public Mono<Outcome<PersonDetails>> update(long id, PersonDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(activeOne(id, user),
                person -> Flows.then(placeable(clean, user), placed -> store.updatePerson(id, placed)
                        .flatMap(updated -> updated ? find(id, user) : Mono.just(resigned(id))))));
    }

    /** Moves the person to the resigned library as of today's business date; face terminals drop their face. */
    public Mono<Outcome<PersonDetails>> resign(long id, CurrentUser user) {
        return Flows.then(activeOne(id, user), person -> tx.transactional(store.resign(id,
                                clock.accountingDate(clock.now())).flatMap(done -> faceChange(done, id, "REMOVE")))
                .flatMap(done -> done ? find(id, user) : Mono.just(resigned(id))));
    }

    /** Brings the person back as active under the same employee number, and their face back to the terminals. */
    public Mono<Outcome<PersonDetails>> rehire(long id, CurrentUser user) {
        return Flows.then(find(id, user), person -> person.resigned()
                ? tx.transactional(store.rehire(id).flatMap(done -> faceChange(done, id, "ADD")))
                        .flatMap(done -> done ? find(id, user) : Mono.just(notResigned(id)))
                : Mono.just(notResigned(id)));
    }

    private Mono<Boolean> faceChange(boolean done, long id, String action) {
        return done
                ? faces.announce(id, action, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).thenReturn(true)
                : Mono.just(false);
    }

    public Mono<Outcome<Page<PersonDetails>>> search(PersonSearch search, int page, int size, CurrentUser user) {
        int capped = Page.cap(size);
        Mono<Outcome<String>> department = search.orgUnitId() == null
                ? Mono.just(Outcome.done(null))
                : Flows.found(orgUnits.find(search.orgUnitId()).map(u -> u.code()),
                        () -> "Department " + search.orgUnitId());
        return Flows.then(department, code -> scopes.of(user).flatMap(scope -> Mono.zip(
                        queries.page(search, code, scope, (long) page * capped, capped).collectList(),
                        queries.count(search, code, scope))
                .map(t -> Outcome.done(new Page<>(t.getT1(), page, capped, t.getT2())))));
    }

    private Mono<Outcome<PersonDetails>> activeOne(long id, CurrentUser user) {
        return Flows.then(find(id, user), person -> Mono.just(person.resigned() ? resigned(id) : Outcome.done(person)));
    }

    /** The draft, when its department is in the operator's scope and its group and card type exist. */
    private Mono<Outcome<PersonDraft>> placeable(PersonDraft draft, CurrentUser user) {
        Mono<Outcome<PersonDraft>> group = draft.groupId() == null
                ? Mono.just(Outcome.done(draft))
                : Flows.found(groups.find(draft.groupId()).map(g -> draft), () -> "Group " + draft.groupId());
        Mono<Outcome<PersonDraft>> cardType = draft.cardTypeId() == null
                ? Mono.just(Outcome.done(draft))
                : Flows.found(cardTypes.find(draft.cardTypeId()).map(t -> draft), () -> "Card type " + draft.cardTypeId());
        return Flows.then(scopes.reachable(draft.orgUnitId(), user),
                unit -> Flows.then(group, checked -> cardType));
    }

    private Mono<Outcome<Long>> insertAs(EmployeeNoRules rules, String employeeNo, PersonDraft draft) {
        return Flows.then(rules.check(employeeNo), no -> store.insertPerson(no, draft).map(Outcome::done)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(Outcome.refused(ResultCode.EMPLOYEE_NO_TAKEN,
                        "Employee number " + no + " belongs to someone else (resigned people keep theirs)"))));
    }

    private Mono<Outcome<Long>> insertNumbered(EmployeeNoRules rules, PersonDraft draft, int attemptsLeft) {
        if (!rules.autoIncrement()) {
            return Mono.just(Outcome.invalid(EmployeeNoRules.FIELD, "is required (automatic numbers are off)"));
        }
        return store.highestEmployeeNumber().flatMap(highest -> rules.next(highest)
                .map(no -> store.insertPerson(no, draft).map(Outcome::done)
                        .onErrorResume(DuplicateKeyException.class, e -> attemptsLeft > 1
                                ? insertNumbered(rules, draft, attemptsLeft - 1)
                                : Mono.just(Outcome.refused(ResultCode.EMPLOYEE_NO_TAKEN,
                                        "Employee number " + no + " is already in use"))))
                .orElseGet(() -> Mono.just(Outcome.refused(ResultCode.EMPLOYEE_NO_EXHAUSTED,
                        "Every " + rules.length() + "-digit employee number is in use"))));
    }

    private static <T> Outcome<T> resigned(long id) {
        return Outcome.refused(ResultCode.PERSON_NOT_ACTIVE, "Person " + id + " has resigned; rehire them first");
    }

    private static <T> Outcome<T> notResigned(long id) {
        return Outcome.refused(ResultCode.PERSON_NOT_RESIGNED, "Person " + id + " is active");
    }
}
