package org.onecard.terminal.purchase;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How online approvals are booked ({@code onecard.terminal.group-commit.*}, see
 * {@link ApprovalBatcher}).
 *
 * @param enabled        approvals that arrive together share one database transaction
 * @param maxBatch       approvals in one transaction at most
 * @param maxInFlight    transactions of batches open at once (one commits while the next fills)
 */
@ConfigurationProperties("onecard.terminal.group-commit")
public record GroupCommitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") int maxBatch,
        @DefaultValue("2") int maxInFlight) {

    public GroupCommitProperties {
        if (maxBatch < 1 || maxBatch > 1_000 || maxInFlight < 1 || maxInFlight > 16) {
            throw new IllegalArgumentException("onecard.terminal.group-commit: max-batch 1..1000, max-in-flight 1..16");
        }
    }
}
