package org.onecard.identity;

import java.util.Set;

/**
 * The signed-in principal, as controllers receive it with {@code @AuthenticationPrincipal}.
 * It is read from the access token alone, so no request pays a database round trip for it.
 *
 * @param kind            operator or cardholder
 * @param id              operator.id for an operator, person.id for a cardholder
 * @param name            display name (operator) or the person's name (cardholder)
 * @param permissions     {@link Permissions} the operator's roles grant; empty for a cardholder
 * @param departmentScope org_unit ids the operator is limited to; empty means every department
 * @param outletScope     outlet ids the operator is limited to; empty means every outlet
 */
public record CurrentUser(PrincipalKind kind, long id, String name, Set<String> permissions,
                          Set<Long> departmentScope, Set<Long> outletScope) {

    public CurrentUser {
        permissions = Set.copyOf(permissions);
        departmentScope = Set.copyOf(departmentScope);
        outletScope = Set.copyOf(outletScope);
    }

    public static CurrentUser cardholder(long personId, String name) {
        return new CurrentUser(PrincipalKind.CARDHOLDER, personId, name, Set.of(), Set.of(), Set.of());
    }

    public boolean isOperator() {
        return kind == PrincipalKind.OPERATOR;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    /** Whether this operator may act for the department; no department scope means all of them. */
    public boolean coversDepartment(long orgUnitId) {
        return departmentScope.isEmpty() || departmentScope.contains(orgUnitId);
    }

    /** Whether this operator may act for the outlet; no outlet scope means all of them. */
    public boolean coversOutlet(long outletId) {
        return outletScope.isEmpty() || outletScope.contains(outletId);
    }
}
