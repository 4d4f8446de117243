package org.onecard.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustForwardedFor take the client address from X-Forwarded-For. Only turn it on behind
 *                          a reverse proxy that sets the header, or anyone can write any address
 *                          into the audit log.
 */
@ConfigurationProperties("onecard.audit")
public record AuditProperties(@DefaultValue("false") boolean trustForwardedFor) {
}
