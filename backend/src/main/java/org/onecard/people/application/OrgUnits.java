package org.onecard.people.application;

import java.util.List;
import java.util.OptionalInt;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.PeopleProperties;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.domain.Names;
import org.onecard.people.domain.OrgCodes;
import org.onecard.people.domain.OrgUnit;
import org.onecard.people.persistence.OrgUnitStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The organisation tree (部门): create, rename, delete, read; codes follow {@link OrgCodes}. */
@Service
public class OrgUnits {

    /** Two operators adding a department under one parent at once can pick the same code; the loser tries again. */
    private static final int CODE_ATTEMPTS = 3;
    /** The org_unit.name column. */
    public static final int MAX_NAME = 100;

    private final OrgUnitStore store;
    private final DepartmentScopes scopes;
    private final PeopleProperties properties;

    public OrgUnits(OrgUnitStore store, DepartmentScopes scopes, PeopleProperties properties) {
        this.store = store;
        this.scopes = scopes;
        this.properties = properties;
    }

    public record Details(OrgUnit unit, long childCount, long peopleCount) {
    }

    /** The departments the operator may see, in code order; truncated when there were more than the cap. */
    public record Listing(List<OrgUnit> units, boolean truncated) {
    }

    public Mono<Listing> visible(CurrentUser user) {
        int cap = properties.maxTreeUnits();
        return scopes.of(user).flatMap(scope -> store.covered(scope, cap + 1).collectList())
                .map(units -> units.size() > cap
                        ? new Listing(units.subList(0, cap), true)
                        : new Listing(units, false));
    }

    public Mono<Outcome<Details>> find(long id, CurrentUser user) {
        return Flows.then(scopes.reachable(id, user), unit -> Mono.zip(store.countChildren(id), store.countPeople(id))
                .map(t -> Outcome.done(new Details(unit, t.getT1(), t.getT2()))));
    }

    /**
     * A new department under {@code parentId} with the given two-digit suffix, or the lowest free
     * one; with no parent, the root {@code 0} (once, by an operator without a department scope).
     */
    public Mono<Outcome<Details>> create(Long parentId, String suffix, String rawName, CurrentUser user) {
        return Flows.then(Flows.then(Names.check("name", rawName, MAX_NAME),
                name -> createChecked(parentId, suffix, name, user)), unit -> find(unit.id(), user));
    }

    private Mono<Outcome<OrgUnit>> createChecked(Long parentId, String suffix, String name, CurrentUser user) {
        if (parentId == null) {
            return suffix == null ? createRoot(name, user) : Mono.just(Outcome.invalid("suffix", "needs a parentId"));
        }
        return Flows.then(scopes.reachable(parentId, user), parent -> createUnder(parent, suffix, name));
    }

    private Mono<Outcome<OrgUnit>> createRoot(String name, CurrentUser user) {
        return scopes.of(user).flatMap(scope -> scope instanceof DepartmentScope.Everything
                ? insert(OrgCodes.ROOT, name, null)
                : Mono.just(Outcome.forbidden("Only an operator without a department scope can create the root")));
    }

    private Mono<Outcome<OrgUnit>> createUnder(OrgUnit parent, String suffix, String name) {
        if (!OrgCodes.hasRoomBelow(parent.code())) {
            return Mono.just(Outcome.refused(ResultCode.ORG_UNIT_LIMIT_REACHED,
                    "Department " + parent.code() + " is at the deepest level"));
        }
        if (suffix != null) {
            OptionalInt n = OrgCodes.parseSuffix(suffix);
            return n.isEmpty()
                    ? Mono.just(Outcome.invalid("suffix", "must be two digits from 01 to 99"))
                    : insert(OrgCodes.childCode(parent.code(), n.getAsInt()), name, parent.id());
        }
        return insertNextFree(parent, name, CODE_ATTEMPTS);
    }

    private Mono<Outcome<OrgUnit>> insertNextFree(OrgUnit parent, String name, int attemptsLeft) {
        return store.childCodes(parent.id()).collectList().flatMap(codes -> {
            OptionalInt free = OrgCodes.nextFreeSuffix(parent.code(), codes);
            if (free.isEmpty()) {
                return Mono.just(Outcome.<OrgUnit>refused(ResultCode.ORG_UNIT_LIMIT_REACHED,
                        "Department " + parent.code() + " already has " + OrgCodes.MAX_CHILDREN + " sub-departments"));
            }
            return insert(OrgCodes.childCode(parent.code(), free.getAsInt()), name, parent.id())
                    .flatMap(outcome -> outcome instanceof Outcome.Refused<OrgUnit> r
                            && r.code() == ResultCode.ORG_UNIT_CODE_TAKEN && attemptsLeft > 1
                            ? insertNextFree(parent, name, attemptsLeft - 1)
                            : Mono.just(outcome));
        });
    }

    private Mono<Outcome<OrgUnit>> insert(String code, String name, Long parentId) {
        return store.insert(code, name, parentId)
                .map(id -> Outcome.done(new OrgUnit(id, code, name, parentId)))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(
                        Outcome.refused(ResultCode.ORG_UNIT_CODE_TAKEN, "Department code " + code + " is already in use")));
    }

    /** Renames only: the code is the department's place in the tree, so it never moves. */
    public Mono<Outcome<Details>> rename(long id, String rawName, CurrentUser user) {
        return Flows.then(Names.check("name", rawName, MAX_NAME), name -> Flows.then(scopes.reachable(id, user),
                unit -> store.rename(id, name).then(find(id, user))));
    }

    /** Deletes a department with no sub-departments and nobody in it, active or resigned. */
    public Mono<Outcome<OrgUnit>> delete(long id, CurrentUser user) {
        return Flows.then(find(id, user), details -> {
            if (details.childCount() > 0 || details.peopleCount() > 0) {
                return Mono.just(notEmpty(details.unit(), details.childCount(), details.peopleCount()));
            }
            return store.delete(id).thenReturn(Outcome.done(details.unit()))
                    .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(Outcome.refused(
                            ResultCode.ORG_UNIT_NOT_EMPTY, "Department " + details.unit().code() + " is in use")));
        });
    }

    private static Outcome<OrgUnit> notEmpty(OrgUnit unit, long children, long people) {
        return Outcome.refused(ResultCode.ORG_UNIT_NOT_EMPTY, "Department " + unit.code() + " has " + children
                + " sub-departments and " + people + " people (resigned included)");
    }
}
