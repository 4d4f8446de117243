package org.onecard.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onecard.testing.Cardholders.Holder;
import org.onecard.testing.Checks;

/**
 * A centre and two sites, three instances with three databases on one MariaDB server: site A's link
 * is cut while it keeps serving; once restored, every record arrives exactly once and every card's
 * balance is the same at its home site, at the centre and at the other site; the books of all three
 * verify clean.
 */
class ThreeSitesTests {

    private static final String A_SECRET = "site-a-secret-site-a-secret-site-a-secret";
    private static final String B_SECRET = "site-b-secret-site-b-secret-site-b-secret";
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private static SiteInstance centre;
    private static SiteInstance siteA;
    private static SiteInstance siteB;
    private static CuttableProxy linkA;
    private static CuttableProxy linkB;

    @BeforeAll
    static void startThree() throws Exception {
        centre = SiteInstance.start(Map.of("onecard.sites.role", "CENTRE", "onecard.sites.code", "HQ",
                "onecard.sites.sites.A", A_SECRET, "onecard.sites.sites.B", B_SECRET));
        linkA = new CuttableProxy(centre.port);
        linkB = new CuttableProxy(centre.port);
        // the two sites start side by side: the test's time is mostly three starts
        CompletableFuture<SiteInstance> b = CompletableFuture.supplyAsync(() -> SiteInstance.start(site("B", B_SECRET, linkB)));
        siteA = SiteInstance.start(site("A", A_SECRET, linkA));
        siteB = b.join();
    }

    private static Map<String, String> site(String code, String secret, CuttableProxy link) {
        return Map.of("onecard.sites.role", "SITE", "onecard.sites.code", code, "onecard.sites.secret", secret,
                "onecard.sites.centre-url", "http://127.0.0.1:" + link.port(), "onecard.sites.every", "200ms",
                "onecard.sites.max-backoff", "1s", "onecard.sites.timeout", "3s", "onecard.sites.batch", "3");
    }

    @AfterAll
    static void stopThree() throws Exception {
        // both links stop first: the instances share Reactor Netty's event loops, which the first close ends
        for (SiteInstance site : new SiteInstance[] {siteA, siteB}) {
            if (site != null) {
                site.context.getBean(SiteLink.class).stop();
            }
        }
        for (AutoCloseable c : new AutoCloseable[] {siteA, siteB, linkA, linkB, centre}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void aCutSiteKeepsSellingAndCatchesUpWithEveryRecordOnceAndTheSameBalancesEverywhere() {
        Holder a1 = siteA.holders.withCard(10_000);
        Holder a2 = siteA.holders.withCard(2_000);
        Holder b1 = siteB.holders.withCard(5_000);
        awaitAgreement();

        linkA.cut();
        for (int i = 1; i <= 4; i++) {
            recharge(siteA, a1, "cut-" + i, 100L * i);
        }
        siteA.holders.admin("POST", "/api/cards/" + a2.cardId() + "/refund", "cut-refund",
                Map.of("wallet", "CASH", "amountFen", 700)).expectStatus().isCreated();
        Holder a3 = siteA.holders.withCard(300);
        recharge(siteB, b1, "b-while-a-cut", 250);
        await("site A to see its link down with records waiting", () -> {
            Map<String, Object> link = link(siteA);
            return link.get("lastError") != null && ((Number) link.get("pendingUp")).longValue() >= 6;
        });
        assertThat(own(siteA)).contains("A/" + a1.cardNo() + "/CASH_WALLET=11000");

        linkA.restore();
        awaitAgreement();

        assertThat(own(siteA)).contains("A/" + a1.cardNo() + "/CASH_WALLET=11000",
                "A/" + a2.cardNo() + "/CASH_WALLET=1300", "A/" + a3.cardNo() + "/CASH_WALLET=300");
        assertThat(mirrored(siteA)).contains("B/" + b1.cardNo() + "/CASH_WALLET=5250");
        everyRecordOnce(siteA, "A");
        everyRecordOnce(siteB, "B");
        for (SiteInstance instance : List.of(centre, siteA, siteB)) {
            Checks.booksClean(instance.web, token(instance));
        }
        assertThat(link(siteA).get("lastError")).isNull();
    }

    private static void recharge(SiteInstance site, Holder holder, String key, long amountFen) {
        site.holders.admin("POST", "/api/cards/" + holder.cardId() + "/recharge", key + "-" + holder.cardNo(),
                Map.of("amountFen", amountFen)).expectStatus().isCreated();
    }

    /** Each site's wallets with a balance are the same at the site, at the centre and at the other site. */
    private static void awaitAgreement() {
        await("balances to agree everywhere", () -> {
            Set<String> a = own(siteA);
            Set<String> b = own(siteB);
            Set<String> atCentre = mirrored(centre);
            return link(siteA).get("pendingUp").equals(0) && link(siteB).get("pendingUp").equals(0)
                    && atCentre.equals(union(a, b)) && mirrored(siteA).equals(b) && mirrored(siteB).equals(a);
        });
    }

    /** The centre took each posting of the site once: as many records as distinct keys, the same keys as the site's. */
    private static void everyRecordOnce(SiteInstance site, String code) {
        List<String> atSite = site.db().sql("SELECT idem_key FROM ledger_posting WHERE status <> 'DECLINED'")
                .map(row -> row.get("idem_key", String.class)).all().collectList().block();
        List<String> atCentre = centre.db().sql("SELECT record_key FROM site_received WHERE site_code = :site")
                .bind("site", code).map(row -> row.get("record_key", String.class)).all().collectList().block();
        assertThat(atCentre).hasSameSizeAs(Set.copyOf(atCentre)).hasSameElementsAs(atSite);
        assertThat(atSite).isNotEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> link(SiteInstance site) {
        return ((List<Map<String, Object>>) site.get("/api/sites/status").get("links")).get(0);
    }

    private static Set<String> own(SiteInstance site) {
        return balances(site, "own");
    }

    private static Set<String> mirrored(SiteInstance site) {
        return balances(site, "mirrored");
    }

    /** "home/card/wallet=balance" for every wallet with a balance. */
    @SuppressWarnings("unchecked")
    private static Set<String> balances(SiteInstance site, String which) {
        return ((List<Map<String, Object>>) site.get("/api/sites/balances").get(which)).stream()
                .filter(b -> ((Number) b.get("balanceFen")).longValue() != 0)
                .map(b -> b.get("homeSite") + "/" + b.get("cardNo") + "/" + b.get("wallet") + "=" + b.get("balanceFen"))
                .collect(Collectors.toSet());
    }

    private static String token(SiteInstance site) {
        return org.onecard.testing.Logins.operator(site.web, site.context.getBean(org.onecard.identity.Operators.class),
                "ADMIN");
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(CATCH_UP);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + CATCH_UP.toSeconds() + " s for " + what + ": A " + link(siteA)
                        + " B " + link(siteB) + " centre " + centre.get("/api/sites/status") + "; balances: own at A "
                        + own(siteA) + ", own at B " + own(siteB) + ", mirrored at the centre " + mirrored(centre)
                        + ", at A " + mirrored(siteA) + ", at B " + mirrored(siteB));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
