package org.onecard.merchant.domain;

import java.util.Set;

/**
 * Filters for the outlet list; null means "any".
 *
 * @param scope the operator's outlet ids; empty means every outlet
 */
public record OutletSearch(Long merchantId, String nameContains, OutletKind kind, Set<Long> scope) {

    public OutletSearch {
        scope = Set.copyOf(scope);
    }
}
