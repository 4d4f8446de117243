package org.onecard.attacks;

import static org.onecard.identity.AuthClient.problem;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onecard.identity.AuthClient;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.identity.application.AccessTokens;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Forged and misused access tokens against the real server: each is refused with 401 problem+json
 * (2003 invalid, 2002 expired) or 403 (2010 wrong kind of principal). Every forgery starts from a
 * token the server would accept ({@link #aTokenForgedWithTheServersOwnKeyIsAcceptedSoEachRefusalBelowIsTheAttacks}),
 * so each refusal is the attack's doing. Refresh-token reuse: {@code identity.web.SessionTests}.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "onecard.security.jwt-secret=" + JwtAttackTests.SECRET)
class JwtAttackTests {

    /** 64 bytes, long enough for an HS512 signature, so the algorithm pin is what refuses one. */
    static final String SECRET = "attack-suite-secret-0123456789abcdef-0123456789abcdef-0123456789";
    private static final String OPERATOR_ONLY = "/api/ledger/verify";
    private static final String CARDHOLDER_ONLY = "/api/h5/transactions";

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    AccessTokens tokens;

    private final SecretKey serverKey = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
    AuthClient auth;
    String cashier;
    String admin;

    /** Signing in costs a BCrypt check each: once per class. */
    @BeforeAll
    void signIn() {
        auth = new AuthClient(web);
        cashier = Logins.operator(web, operators, Roles.CASHIER);
        admin = Logins.operator(web, operators, Roles.ADMIN);
    }

    /** The claims of an administrator's token, as the server would write them. */
    private static Map<String, Object> adminClaims() {
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "1");
        claims.put("kind", "OPERATOR");
        claims.put("name", "admin");
        claims.put("perms", List.of("ledger:adjust", "ledger:read", "ledger:verify"));
        claims.put("dept", List.of());
        claims.put("outlet", List.of());
        claims.put("iss", AccessTokens.ISSUER);
        claims.put("aud", AccessTokens.AUDIENCE);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofMinutes(10)).getEpochSecond());
        return claims;
    }

    private String signed(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = adminClaims();
        change.accept(claims);
        return Jwts.builder().claims(claims).signWith(serverKey, Jwts.SIG.HS256).compact();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Map<String, Object> claims) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(claims).toString();
    }

    private WebTestClient.ResponseSpec verifyWith(String token) {
        return auth.get(OPERATOR_ONLY, token);
    }

    @Test
    void aTokenForgedWithTheServersOwnKeyIsAcceptedSoEachRefusalBelowIsTheAttacks() {
        verifyWith(signed(c -> { })).expectStatus().isOk();
    }

    @Test
    void algNoneIsRefusedWithOrWithoutASignature() {
        String payload = b64(json(adminClaims()));
        String genuineSignature = signed(c -> { }).split("\\.")[2];
        for (String header : List.of("{\"alg\":\"none\"}", "{\"alg\":\"None\",\"typ\":\"JWT\"}", "{\"alg\":\"NONE\"}")) {
            problem(verifyWith(b64(header) + "." + payload + "."), 401, 2003);
            problem(verifyWith(b64(header) + "." + payload + "." + genuineSignature), 401, 2003);
        }
    }

    @Test
    void anotherAlgorithmIsRefusedEvenUnderTheServersOwnSecret() {
        Map<String, Object> claims = adminClaims();
        problem(verifyWith(Jwts.builder().claims(claims).signWith(serverKey, Jwts.SIG.HS512).compact()), 401, 2003);
        problem(verifyWith(Jwts.builder().claims(claims).signWith(serverKey, Jwts.SIG.HS384).compact()), 401, 2003);
    }

    @Test
    void rsaAndForeignHmacSignaturesAreRefused() {
        KeyPair rsa = Jwts.SIG.RS256.keyPair().build();
        Map<String, Object> claims = adminClaims();
        problem(verifyWith(Jwts.builder().claims(claims).signWith(rsa.getPrivate(), Jwts.SIG.RS256).compact()), 401, 2003);
        // an RS256 header over an HMAC made with the server's secret: the confusion some libraries fall for
        String hmacBody = b64("{\"alg\":\"RS256\"}") + "." + b64(json(claims));
        String mac = Jwts.builder().claims(claims).signWith(serverKey, Jwts.SIG.HS256).compact().split("\\.")[2];
        problem(verifyWith(hmacBody + "." + mac), 401, 2003);
        SecretKey stranger = Keys.hmacShaKeyFor("a-stranger-secret-of-more-than-32-bytes!".getBytes(StandardCharsets.UTF_8));
        problem(verifyWith(Jwts.builder().claims(claims).signWith(stranger, Jwts.SIG.HS256).compact()), 401, 2003);
    }

    @Test
    void wrongMissingIssuerOrAudienceIsRefused() {
        problem(verifyWith(signed(c -> c.put("iss", "https://evil.example"))), 401, 2003);
        problem(verifyWith(signed(c -> c.remove("iss"))), 401, 2003);
        problem(verifyWith(signed(c -> c.put("aud", "another-service"))), 401, 2003);
        problem(verifyWith(signed(c -> c.remove("aud"))), 401, 2003);
    }

    @Test
    void expiredAndNotYetValidTokensAreRefused() {
        long now = Instant.now().getEpochSecond();
        problem(verifyWith(signed(c -> c.put("exp", now - 1))), 401, 2002);
        problem(verifyWith(signed(c -> c.remove("exp"))), 401, 2003);
        problem(verifyWith(signed(c -> c.put("nbf", now + 600))), 401, 2003);
    }

    @Test
    void aGenuineTokenWithItsRoleRaisedIsRefused() {
        problem(verifyWith(cashier), 403, 2010);
        String[] parts = cashier.split("\\.");
        String raised = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"perms\":[", "\"perms\":[\"ledger:verify\",\"ledger:adjust\",");
        problem(verifyWith(parts[0] + "." + b64(raised) + "." + parts[2]), 401, 2003);
        problem(verifyWith(parts[0] + "." + parts[1] + "." + parts[2].substring(1)), 401, 2003);
    }

    @Test
    void cardholderAndOperatorTokensOnlyOpenTheirOwnSide() {
        String cardholder = tokens.issue(CurrentUser.cardholder(1, "持卡人"));

        auth.get(CARDHOLDER_ONLY, cardholder).expectStatus().isOk();
        problem(auth.get(OPERATOR_ONLY, cardholder), 403, 2010);
        problem(auth.get("/api/people", cardholder), 403, 2010);
        verifyWith(admin).expectStatus().isOk();
        problem(auth.get(CARDHOLDER_ONLY, admin), 403, 2010);
        // a cardholder token whose kind was changed to OPERATOR loses its signature
        String[] parts = cardholder.split("\\.");
        String promoted = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CARDHOLDER\"", "\"OPERATOR\"");
        problem(verifyWith(parts[0] + "." + b64(promoted) + "." + parts[2]), 401, 2003);
    }

    @Test
    void theTokenIsOnlyReadFromTheBearerHeader() {
        problem(web.get().uri(OPERATOR_ONLY + "?access_token=" + admin).exchange(), 401, 2001);
        problem(web.get().uri(OPERATOR_ONLY).cookie("access_token", admin).exchange(), 401, 2001);
        problem(web.get().uri(OPERATOR_ONLY).header("Authorization", "Basic " + admin).exchange(), 401, 2003);
    }
}
