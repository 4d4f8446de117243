package org.onecard.identity;

import java.util.Set;

/** TEMPORARY stub until the identity package lands. */
public record CurrentUser(String kind, long id, String name, Set<String> permissions,
                          Set<Long> departmentScope, Set<Long> outletScope) {
}
