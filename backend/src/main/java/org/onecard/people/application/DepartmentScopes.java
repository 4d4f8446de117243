package org.onecard.people.application;

import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.domain.DepartmentScope;
import org.onecard.people.domain.OrgUnit;
import org.onecard.people.persistence.OrgUnitStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Turns an operator's department scope (org_unit ids) into the codes whose subtrees it covers. */
@Component
public class DepartmentScopes {

    private final OrgUnitStore orgUnits;

    public DepartmentScopes(OrgUnitStore orgUnits) {
        this.orgUnits = orgUnits;
    }

    public Mono<DepartmentScope> of(CurrentUser user) {
        if (user.departmentScope().isEmpty()) {
            return Mono.just(DepartmentScope.everything());
        }
        return orgUnits.codesOf(user.departmentScope()).collectList().map(DepartmentScope::within);
    }

    /** The unit, when it exists (404) and the operator may act for it (403). */
    Mono<Outcome<OrgUnit>> reachable(long orgUnitId, CurrentUser user) {
        return Flows.then(Flows.found(orgUnits.find(orgUnitId), () -> "Department " + orgUnitId),
                unit -> of(user).map(scope -> scope.covers(unit.code())
                        ? Outcome.done(unit)
                        : Outcome.forbidden("Department " + unit.code() + " is outside your department scope")));
    }
}
