package org.onecard.cards;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.onecard.cards.domain.HistoryKind;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.ledger.persistence.HistoryStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A card's transaction history: every movement of its person's wallets, so the history of a
 * reissued card includes what happened on the card it replaced.
 */
@Service
public class CardHistory {

    public static final int MAX_PAGE_SIZE = 200;

    public record HistoryLine(
            @Schema(requiredMode = RequiredMode.REQUIRED) long transferId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "receipt number") long postingId,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the code's group: CONSUMPTION, RECHARGE, SUBSIDY,"
                    + " REFUND or OTHER") HistoryKind kind,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "CASH_WALLET or SUBSIDY_WALLET") String wallet,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive in, negative out") long amountFen,
            Long balanceAfterFen,
            Long operatorId,
            String terminalId) {
    }

    public record HistoryPage(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<HistoryLine> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {
    }

    /**
     * What a cardholder asks for: business days from and to (inclusive, either open), one kind
     * (null: all) and one money wallet (null: cash and subsidy).
     */
    public record HolderQuery(LocalDate from, LocalDate to, HistoryKind kind, AccountKind wallet) {
    }

    private static final Set<AccountKind> MONEY_WALLETS = Set.of(AccountKind.CASH_WALLET, AccountKind.SUBSIDY_WALLET);

    private final CardReads reads;
    private final AccountStore accounts;
    private final HistoryStore history;
    private final BusinessClock clock;

    CardHistory(CardReads reads, AccountStore accounts, HistoryStore history, BusinessClock clock) {
        this.reads = reads;
        this.accounts = accounts;
        this.history = history;
        this.clock = clock;
    }

    public Mono<HistoryPage> page(long cardId, int page, int size) {
        return reads.record(cardId)
                .flatMap(card -> accounts.findByOwner(OwnerType.PERSON, card.personId()).collectList())
                .flatMap(wallets -> lines(wallets, HistoryStore.Filter.all(ids(wallets)), page, size));
    }

    /**
     * The person's money-wallet movements, whichever card (or none) they were made with, so a
     * reissued card's holder sees what happened on the card it replaced.
     */
    public Mono<HistoryPage> ofPerson(long personId, HolderQuery query, int page, int size) {
        ZoneId zone = clock.zone();
        Instant from = query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
        Instant until = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        Set<TransferCode> codes = query.kind() == null ? Set.of() : query.kind().codes();
        return accounts.findByOwner(OwnerType.PERSON, personId)
                .filter(a -> query.wallet() == null ? MONEY_WALLETS.contains(a.kind()) : a.kind() == query.wallet())
                .collectList()
                .flatMap(wallets -> lines(wallets, new HistoryStore.Filter(ids(wallets), from, until, codes), page, size));
    }

    private Mono<HistoryPage> lines(List<Account> wallets, HistoryStore.Filter filter, int page, int size) {
        int pageNo = Math.max(page, 0);
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        if (wallets.isEmpty()) {
            return Mono.just(new HistoryPage(List.of(), pageNo, pageSize, 0));
        }
        return history.lines(filter, pageNo * pageSize, pageSize)
                .map(l -> new HistoryLine(l.transferId(), l.postingId(), l.occurredAt(), l.code().name(),
                        HistoryKind.of(l.code()), kindOf(wallets, l.accountId()), l.signedAmount(), l.balanceAfter(),
                        l.operatorId(), l.terminalId()))
                .collectList()
                .zipWith(history.count(filter), (items, total) -> new HistoryPage(items, pageNo, pageSize, total));
    }

    private static List<Long> ids(List<Account> wallets) {
        return wallets.stream().map(Account::id).toList();
    }

    private static String kindOf(List<Account> wallets, long accountId) {
        return wallets.stream().filter(a -> a.id() == accountId).findFirst()
                .map(a -> a.kind().name()).orElse("UNKNOWN");
    }
}
