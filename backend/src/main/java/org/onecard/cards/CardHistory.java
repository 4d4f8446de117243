package org.onecard.cards;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.OwnerType;
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

    private final CardReads reads;
    private final AccountStore accounts;
    private final HistoryStore history;

    CardHistory(CardReads reads, AccountStore accounts, HistoryStore history) {
        this.reads = reads;
        this.accounts = accounts;
        this.history = history;
    }

    public Mono<HistoryPage> page(long cardId, int page, int size) {
        int pageNo = Math.max(page, 0);
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        return reads.record(cardId)
                .flatMap(card -> accounts.findByOwner(OwnerType.PERSON, card.personId()).collectList())
                .flatMap(wallets -> wallets.isEmpty()
                        ? Mono.just(new HistoryPage(List.of(), pageNo, pageSize, 0))
                        : lines(wallets, pageNo, pageSize));
    }

    private Mono<HistoryPage> lines(List<Account> wallets, int page, int size) {
        List<Long> ids = wallets.stream().map(Account::id).toList();
        return history.lines(ids, page * size, size)
                .map(l -> new HistoryLine(l.transferId(), l.postingId(), l.occurredAt(), l.code().name(),
                        kindOf(wallets, l.accountId()), l.signedAmount(), l.balanceAfter(), l.operatorId(),
                        l.terminalId()))
                .collectList()
                .zipWith(history.count(ids), (items, total) -> new HistoryPage(items, page, size, total));
    }

    private static String kindOf(List<Account> wallets, long accountId) {
        return wallets.stream().filter(a -> a.id() == accountId).findFirst()
                .map(a -> a.kind().name()).orElse("UNKNOWN");
    }
}
