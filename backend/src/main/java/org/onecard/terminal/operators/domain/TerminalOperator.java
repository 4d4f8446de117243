package org.onecard.terminal.operators.domain;

import java.time.Instant;

/**
 * One of a terminal's operators (操作员), as a bank POS keeps them: number {@value #SUPERVISOR} is
 * the terminal's supervisor (主管), whose password voids a sale; 01–99 sign on to sell. A terminal
 * has at most one supervisor because the number is unique per terminal.
 */
public record TerminalOperator(long id, long terminalId, String operatorNo, String name, int failedAttempts,
                               boolean enabled, Instant createdAt, Instant updatedAt) {

    public static final String SUPERVISOR = "00";
    /** Wrong passwords in a row that lock an operator (DOMAIN §3: locked after three wrong passwords). */
    public static final int MAX_FAILED_ATTEMPTS = 3;

    public boolean locked() {
        return failedAttempts >= MAX_FAILED_ATTEMPTS;
    }

    public boolean supervisor() {
        return SUPERVISOR.equals(operatorNo);
    }
}
