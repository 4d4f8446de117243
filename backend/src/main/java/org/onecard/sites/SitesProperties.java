package org.onecard.sites;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several sites (README "Several sites", openapi/site-exchange.md).
 *
 * @param role       NONE (one instance, the default: nothing here runs), CENTRE or SITE
 * @param code       this instance's site code (a site; the centre's own code names it in status)
 * @param centreUrl  a site's way to the centre, e.g. {@code https://centre.example:8443}
 * @param secret     a site's shared secret with the centre (at least 32 bytes)
 * @param sites      at the centre: each site's code and its shared secret
 * @param every      how often a site exchanges while the link is up
 * @param maxBackoff the longest wait between tries while the link is down
 * @param batch      records per request, up and down
 * @param timeout    each call to the centre
 */
@ConfigurationProperties("onecard.sites")
public record SitesProperties(
        @DefaultValue("NONE") Role role,
        String code,
        String centreUrl,
        String secret,
        @DefaultValue Map<String, String> sites,
        @DefaultValue("2s") Duration every,
        @DefaultValue("60s") Duration maxBackoff,
        @DefaultValue("200") int batch,
        @DefaultValue("10s") Duration timeout) {

    public static final int MIN_SECRET_BYTES = 32;
    public static final int MAX_BATCH = 500;
    private static final String CODE = "[A-Za-z0-9_-]{1,16}";

    public enum Role { NONE, CENTRE, SITE }

    public SitesProperties {
        if (batch < 1 || batch > MAX_BATCH) {
            throw new IllegalArgumentException("onecard.sites.batch must be 1 to " + MAX_BATCH);
        }
        if (role == Role.SITE) {
            requireCode(code);
            requireSecret(code, secret);
            if (centreUrl == null || centreUrl.isBlank()) {
                throw new IllegalArgumentException("onecard.sites.centre-url is needed at a site");
            }
        }
        if (role == Role.CENTRE) {
            requireCode(code);
            sites.forEach((site, key) -> {
                requireCode(site);
                requireSecret(site, key);
            });
        }
    }

    private static void requireCode(String code) {
        if (code == null || !code.matches(CODE)) {
            throw new IllegalArgumentException("onecard.sites site codes are 1 to 16 letters, digits, - or _");
        }
    }

    private static void requireSecret(String site, String secret) {
        if (secret == null || secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the shared secret of site " + site + " needs at least "
                    + MIN_SECRET_BYTES + " bytes");
        }
    }

    /** The secret a site shares with the centre; null for a code the centre does not know. */
    public String secretOf(String site) {
        return role == Role.SITE ? (site.equals(code) ? secret : null) : sites.get(site);
    }
}
