package org.onecard.reports.statement;

import java.util.List;

/**
 * Whose wallets a statement covers: everyone's, one person's, a department's with its sub-departments,
 * and on a page only the people listed in {@code people} (null: no such limit).
 */
public record StatementScope(Long personId, Long departmentId, List<Long> people) {

    public static StatementScope of(Long personId, Long departmentId) {
        return new StatementScope(personId, departmentId, null);
    }

    public StatementScope onlyPeople(List<Long> ids) {
        return new StatementScope(personId, departmentId, List.copyOf(ids));
    }
}
