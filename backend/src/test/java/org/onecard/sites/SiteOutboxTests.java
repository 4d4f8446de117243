package org.onecard.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.ledger.LedgerBatches;
import org.onecard.ledger.LedgerBatches.BatchOutcome;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.domain.Exchange.WalletLine;
import org.onecard.sites.persistence.LinkStore;
import org.onecard.testing.Cardholders;
import org.onecard.testing.Cardholders.Holder;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * At a site, the bulk booking path (terminal purchases, offline uploads, imports) writes its outbox rows
 * like a single posting; every posting is numbered once, in order, and its record carries the card's
 * wallet change and balance after it. The centre is unreachable here: nothing is acknowledged.
 */
@MariaDbTest
@TestPropertySource(properties = {"onecard.sites.role=SITE", "onecard.sites.code=OB",
        "onecard.sites.secret=ob-site-secret-ob-site-secret-ob-site", "onecard.sites.centre-url=http://127.0.0.1:1",
        "onecard.sites.every=1h"})
class SiteOutboxTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    LedgerBatches batches;
    @Autowired
    StandardAccounts accounts;
    @Autowired
    SiteOutbox outbox;
    @Autowired
    LinkStore links;

    @Test
    void bulkBookingsGoIntoTheOutboxAndEveryPostingIsNumberedOnceInOrder() {
        links.ensure("OB").block(Duration.ofSeconds(10));
        Cardholders holders = new Cardholders(web, people, Logins.operator(web, operators, "ADMIN"));
        Holder first = holders.withCard(0);
        Holder second = holders.withCard(0);
        long fund = accounts.subsidyFund().block();
        List<PostingRequest> grants = List.of(grant(fund, first, 700), grant(fund, second, 900));
        assertThat(batches.postAll(grants, () -> { }, booked -> reactor.core.publisher.Mono.empty()).block())
                .isInstanceOf(BatchOutcome.Done.class);

        long acked = links.find("OB").block().upAcked();
        outbox.sequence("OB", 500).block();
        outbox.sequence("OB", 500).block();
        List<UpRecord> records = outbox.next(acked, 500).block();

        assertThat(records).extracting(UpRecord::seq).containsExactly(
                records.stream().mapToLong(UpRecord::seq).sorted().boxed().toArray(Long[]::new));
        assertThat(records).extracting(UpRecord::key).doesNotHaveDuplicates()
                .contains("ob-grant-" + first.cardNo(), "ob-grant-" + second.cardNo());
        UpRecord grant = records.stream().filter(r -> r.key().equals("ob-grant-" + second.cardNo())).findFirst().orElseThrow();
        assertThat(grant.kind()).isEqualTo("SUBSIDY_GRANT");
        assertThat(grant.lines()).containsExactly(new WalletLine(second.cardNo(), "SUBSIDY_WALLET", 900, 900));
        assertThat(records.get(records.size() - 1).seq()).isEqualTo(links.find("OB").block().upSeq());
    }

    private PostingRequest grant(long fund, Holder holder, long amountFen) {
        long wallet = accounts.subsidyWallet(holder.personId()).block();
        return PostingRequest.of("ob-grant-" + holder.cardNo(), null,
                new TransferLeg(fund, wallet, amountFen, TransferCode.SUBSIDY_GRANT));
    }
}
