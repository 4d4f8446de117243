package org.onecard.terminal.registry.domain;

import java.util.Set;
import org.onecard.terminal.TerminalPurpose;

/**
 * Filters for the terminal list; null means "any".
 *
 * @param scope the operator's outlet ids; empty means every outlet
 */
public record TerminalSearch(Long outletId, TerminalPurpose purpose, Boolean enabled, Set<Long> scope) {

    public TerminalSearch {
        scope = Set.copyOf(scope);
    }
}
