package org.onecard.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Metrics and health ({@code onecard.monitoring.*}; README "Metrics").
 *
 * @param scrapePassword HTTP Basic password of the user {@code prometheus} for /actuator/prometheus;
 *                       blank (the default) refuses every scrape, so the endpoint is never public by accident
 * @param verifyEvery    how often the server verifies the ledger on its own (the metrics show the latest run)
 */
@ConfigurationProperties("onecard.monitoring")
public record MonitoringProperties(String scrapePassword, @DefaultValue("24h") Duration verifyEvery) {

    public static final String SCRAPE_USER = "prometheus";

    public MonitoringProperties {
        if (verifyEvery.isNegative() || verifyEvery.isZero()) {
            throw new IllegalArgumentException("onecard.monitoring.verify-every must be positive");
        }
    }
}
