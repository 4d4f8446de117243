package org.onecard.people.domain;

/** A department (部门). parentId is null only for a root. */
public record OrgUnit(long id, String code, String name, Long parentId) {
}
