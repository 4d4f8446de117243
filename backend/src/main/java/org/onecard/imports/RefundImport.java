package org.onecard.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.excel.cardcentre.MoneySheet;
import org.onecard.excel.report.Reason;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.identity.CurrentUser;
import org.onecard.imports.MoneyPostings.Prepared;
import org.onecard.imports.domain.MoneyRules;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Refund import (DOMAIN §7): cash back over the counter (wallet to the operator's drawer,
 * REFUND_CASH) and subsidy back to the fund (REFUND_SUBSIDY), as {@code CounterRefund} does, one
 * posting of one or two legs per row.
 */
@Service
class RefundImport implements ImportUseCase<MoneyRow> {

    static final String VERSION_KIND = "REFUND";

    private final MoneyLookup lookup;
    private final MoneyPostings postings;
    private final StandardAccounts accounts;

    RefundImport(MoneyLookup lookup, MoneyPostings postings, StandardAccounts accounts) {
        this.lookup = lookup;
        this.postings = postings;
        this.accounts = accounts;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.REFUNDS;
    }

    @Override
    public Mono<ImportSpec<MoneyRow>> spec() {
        return Mono.just(MoneySheet.refunds());
    }

    @Override
    public Mono<Checked<MoneyRow>> check(Checked<MoneyRow> parsed, CurrentUser user, Progress progress) {
        List<RowResult.Accepted<MoneyRow>> rows = parsed.accepted();
        return lookup.load(rows.stream().map(RowResult.Accepted::value).toList(), VERSION_KIND, user).map(loaded -> {
            Map<Integer, List<Reason>> refused = new HashMap<>();
            for (RowResult.Accepted<MoneyRow> row : rows) {
                List<Reason> reasons = MoneyRules.refund(row.value(), loaded.of(row.value().employeeNo()));
                if (!reasons.isEmpty()) {
                    refused.put(row.rowNumber(), reasons);
                }
                progress.advance(1);
            }
            return parsed.refusing(refused);
        });
    }

    @Override
    public Mono<Void> apply(List<RowResult.Accepted<MoneyRow>> rows, CurrentUser user, Progress progress) {
        return Mono.zip(accounts.cashDrawer(user.id()), accounts.subsidyFund())
                .flatMap(a -> postings.apply(VERSION_KIND, rows, user, progress,
                        List.of(AccountKind.CASH_WALLET, AccountKind.SUBSIDY_WALLET),
                        (row, wallets) -> legs(row, a.getT1(), a.getT2(), wallets), prepared -> Mono.empty()));
    }

    private static List<TransferLeg> legs(Prepared p, long drawer, long fund, Wallets.Ids wallets) {
        List<TransferLeg> legs = new ArrayList<>(2);
        if (p.row().cashFen() > 0) {
            legs.add(new TransferLeg(wallets.of(AccountKind.CASH_WALLET, p.personId()), drawer, p.row().cashFen(),
                    TransferCode.REFUND_CASH));
        }
        if (p.row().subsidyFen() > 0) {
            legs.add(new TransferLeg(wallets.of(AccountKind.SUBSIDY_WALLET, p.personId()), fund, p.row().subsidyFen(),
                    TransferCode.REFUND_SUBSIDY));
        }
        return legs;
    }
}
