package org.onecard.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import jobs ({@code onecard.imports.*}). Jobs live in memory: the money they apply is durable
 * in the ledger, but the job record and its report are not, and a restart forgets them.
 *
 * @param maxJobs      the most jobs remembered (running and finished); the oldest finished go first
 * @param maxRunning   the most jobs validating or applying at once; more are refused (5052)
 * @param keepFinished how long a finished job and its report stay readable
 */
@ConfigurationProperties("onecard.imports")
public record ImportProperties(
        @DefaultValue("200") int maxJobs,
        @DefaultValue("2") int maxRunning,
        @DefaultValue("2h") Duration keepFinished) {

    public ImportProperties {
        if (maxJobs < 1 || maxRunning < 1 || maxRunning > maxJobs || keepFinished.isNegative()) {
            throw new IllegalArgumentException("onecard.imports: need 1 <= max-running <= max-jobs and keep-finished >= 0");
        }
    }
}
