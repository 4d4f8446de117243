package org.onecard.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.sites.SitesProperties.Role;

/** A site or centre with a configuration that could not work refuses to start, and says which setting. */
class SitesPropertiesTests {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Duration S = Duration.ofSeconds(1);

    private static SitesProperties of(Role role, String code, String url, String secret, Map<String, String> sites, int batch) {
        return new SitesProperties(role, code, url, secret, sites, S, S, batch, S);
    }

    @Test
    void aSingleInstanceNeedsNothing() {
        assertThat(of(Role.NONE, null, null, null, Map.of(), 200).secretOf("A")).isNull();
    }

    @Test
    void aSiteNeedsACodeAStrongSecretAndTheCentre() {
        assertThat(of(Role.SITE, "A", "http://c", SECRET, Map.of(), 200).secretOf("A")).isEqualTo(SECRET);
        assertThat(of(Role.SITE, "A", "http://c", SECRET, Map.of(), 200).secretOf("B")).isNull();
        assertThatThrownBy(() -> of(Role.SITE, "A", "http://c", SECRET.substring(1), Map.of(), 200))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> of(Role.SITE, "A", " ", SECRET, Map.of(), 200)).hasMessageContaining("centre-url");
        assertThatThrownBy(() -> of(Role.SITE, "A B", "http://c", SECRET, Map.of(), 200)).hasMessageContaining("codes");
        assertThatThrownBy(() -> of(Role.SITE, "A", "http://c", SECRET, Map.of(), 501)).hasMessageContaining("batch");
    }

    @Test
    void aCentreNeedsAStrongSecretPerSite() {
        assertThat(of(Role.CENTRE, "HQ", null, null, Map.of("A", SECRET), 200).secretOf("A")).isEqualTo(SECRET);
        assertThatThrownBy(() -> of(Role.CENTRE, "HQ", null, null, Map.of("A", "short"), 200))
                .hasMessageContaining("site A");
    }
}
