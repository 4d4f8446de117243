package org.onecard.common.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs (releasing held balances, later subsidy expiry); off with onecard.scheduling.enabled=false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "onecard.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
