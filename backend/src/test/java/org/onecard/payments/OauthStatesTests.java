package org.onecard.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.time.CoreProperties;
import org.onecard.identity.SecurityProperties;

/** The OAuth state: the person's own, unchanged and within its ten minutes, on every instance with the same secret. */
class OauthStatesTests {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final String SECRET = "a-jwt-secret-of-at-least-thirty-two-bytes";

    private static OauthStates at(Instant now, String secret) {
        return new OauthStates(new SecurityProperties(secret, Duration.ofMinutes(15), Duration.ofDays(7), 3,
                Duration.ofMinutes(15)),
                new BusinessClock(Clock.fixed(now, ZoneOffset.UTC), new CoreProperties(Path.of("data"),
                        ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void aStateIsTheIssuingPersonsOnlyAndWeChatsAlphabetOnly() {
        OauthStates states = at(T0, SECRET);
        String state = states.issue(42);
        assertThat(state).matches("[0-9A-Za-z]{58}");
        assertThat(states.issue(42)).isNotEqualTo(state);
        assertThat(states.verify(42, state)).isTrue();
        assertThat(states.verify(43, state)).isFalse();
        // another instance with the same secret accepts it; one with another secret does not
        assertThat(at(T0, SECRET).verify(42, state)).isTrue();
        assertThat(at(T0, SECRET + "x").verify(42, state)).isFalse();
        assertThat(at(T0, null).verify(42, state)).isFalse();
    }

    @Test
    void aChangedStateDoesNotVerify() {
        OauthStates states = at(T0, SECRET);
        String state = states.issue(7);
        for (int i = 0; i < state.length(); i++) {
            char c = state.charAt(i);
            String changed = state.substring(0, i) + (c == '1' ? '2' : '1') + state.substring(i + 1);
            assertThat(states.verify(7, changed)).as("changed at %d", i).isFalse();
        }
        assertThat(states.verify(7, state + "0")).isFalse();
        assertThat(states.verify(7, state.substring(1))).isFalse();
        assertThat(states.verify(7, null)).isFalse();
        assertThat(states.verify(7, state.replace(state.charAt(20), '-'))).isFalse();
    }

    @Test
    void aStateRunsOutAfterTenMinutes() {
        String state = at(T0, SECRET).issue(7);
        assertThat(at(T0.plus(OauthStates.TTL).minusSeconds(1), SECRET).verify(7, state)).isTrue();
        assertThat(at(T0.plus(OauthStates.TTL), SECRET).verify(7, state)).isFalse();
    }
}
