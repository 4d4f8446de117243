package org.onecard.imports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.time.BusinessClock;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.excel.cardcentre.MoneySheet;
import org.onecard.excel.report.Reason;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.ImportSpec;
import org.onecard.excel.rows.RowResult;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Permissions;
import org.onecard.imports.MoneyPostings.Prepared;
import org.onecard.imports.domain.MoneyFacts;
import org.onecard.imports.domain.MoneyLimits;
import org.onecard.imports.domain.MoneyRules;
import org.onecard.imports.persistence.ImportLookups;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.rules.CardTypes;
import org.onecard.rules.Parameters;
import org.onecard.rules.domain.CardType;
import org.onecard.rules.domain.SystemParameters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recharge-and-subsidy import (DOMAIN §7): the cash part of each row is a batch recharge
 * (RECHARGE_BATCH) from the importing operator's cash drawer to the person's cash wallet — the
 * other way for a negative recharge, where the site allows one; the subsidy part goes to the
 * {@link SubsidyRegistrar}.
 */
@Service
class RechargeImport implements ImportUseCase<MoneyRow> {

    static final String VERSION_KIND = "RECHARGE";

    private final MoneyLookup lookup;
    private final MoneyPostings postings;
    private final StandardAccounts accounts;
    private final Parameters parameters;
    private final CardTypes cardTypes;
    private final ObjectProvider<SubsidyRegistrar> subsidies;
    private final BusinessClock clock;
    private final ImportLookups lookups;

    RechargeImport(MoneyLookup lookup, MoneyPostings postings, StandardAccounts accounts, Parameters parameters,
                   CardTypes cardTypes, ObjectProvider<SubsidyRegistrar> subsidies, BusinessClock clock,
                   ImportLookups lookups) {
        this.lookups = lookups;
        this.lookup = lookup;
        this.postings = postings;
        this.accounts = accounts;
        this.parameters = parameters;
        this.cardTypes = cardTypes;
        this.subsidies = subsidies;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RECHARGES;
    }

    @Override
    public Mono<ImportSpec<MoneyRow>> spec() {
        return parameters.current().map(p -> MoneySheet.recharge(p.negativeRechargeAllowed()));
    }

    @Override
    public Mono<Checked<MoneyRow>> check(Checked<MoneyRow> parsed, CurrentUser user, Progress progress) {
        List<RowResult.Accepted<MoneyRow>> rows = parsed.accepted();
        LocalDate today = clock.accountingDate(clock.now());
        boolean subsidiesOn = subsidies.getIfAvailable() != null;
        return Mono.zip(lookup.load(rows.stream().map(RowResult.Accepted::value).toList(), VERSION_KIND, user),
                        parameters.current(), maxBalances())
                .map(t -> {
                    Map<Integer, List<Reason>> refused = new HashMap<>();
                    for (RowResult.Accepted<MoneyRow> row : rows) {
                        MoneyFacts facts = t.getT1().of(row.value().employeeNo());
                        MoneyLimits limits = limits(facts, t.getT2(), t.getT3(), today);
                        List<Reason> reasons = MoneyRules.recharge(row.value(), facts, limits, subsidiesOn,
                                user.can(Permissions.SUBSIDY_MANAGE), today);
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
        SubsidyRegistrar registrar = subsidies.getIfAvailable();
        return accounts.cashDrawer(user.id()).flatMap(drawer -> postings.apply(VERSION_KIND, rows, user, progress,
                List.of(AccountKind.CASH_WALLET), (row, wallets) -> legs(row, drawer, wallets),
                prepared -> withinMaximum(prepared)
                        .then(registrar == null ? Mono.empty() : subsidies(registrar, prepared, user))));
    }

    /**
     * Inside the import's transaction, which holds the credited wallets' rows: a recharge that
     * reached the card between the check and now cannot carry a row past the maximum balance.
     */
    private Mono<Void> withinMaximum(List<Prepared> prepared) {
        List<Prepared> credited = prepared.stream().filter(p -> p.row().cashFen() > 0).toList();
        if (credited.isEmpty()) {
            return Mono.empty();
        }
        List<Long> ids = credited.stream().map(Prepared::personId).toList();
        LocalDate today = clock.accountingDate(clock.now());
        return Mono.zip(lookups.walletTotals(ids), lookups.cards(ids), parameters.current(), maxBalances())
                .flatMap(t -> {
                    for (Prepared p : credited) {
                        long max = maxBalance(t.getT2().getOrDefault(p.personId(), List.of()), t.getT3(), t.getT4(),
                                today);
                        if (t.getT1().getOrDefault(p.personId(), 0L) > max) {
                            return Mono.error(new ImportFailure(ResultCode.IMPORT_CHANGED_MEANWHILE, "Row "
                                    + p.rowNumber() + ": the balance changed and would now pass the maximum of "
                                    + max + " fen", p.rowNumber()));
                        }
                    }
                    return Mono.<Void>empty();
                });
    }

    private static List<TransferLeg> legs(Prepared p, long drawer, Wallets.Ids wallets) {
        long cash = p.row().cashFen();
        if (cash == 0) {
            return List.of();
        }
        long wallet = wallets.of(AccountKind.CASH_WALLET, p.personId());
        return List.of(cash > 0
                ? new TransferLeg(drawer, wallet, cash, TransferCode.RECHARGE_BATCH)
                : new TransferLeg(wallet, drawer, -cash, TransferCode.RECHARGE_BATCH));
    }

    private static Mono<Void> subsidies(SubsidyRegistrar registrar, List<Prepared> prepared, CurrentUser user) {
        if (!user.can(Permissions.SUBSIDY_MANAGE) && prepared.stream().anyMatch(p -> p.row().subsidyFen() != 0)) {
            return Mono.error(new ImportFailure(ResultCode.FORBIDDEN, "Importing subsidies needs subsidy:manage", 0));
        }
        return Flux.fromIterable(prepared).filter(p -> p.row().subsidyFen() != 0)
                .concatMap(p -> registrar.register(p.personId(), p.row().subsidyFen(), p.row().subsidyMode(),
                        p.row().subsidyExpiry(), p.key(VERSION_KIND) + ":subsidy", user.id()))
                .then();
    }

    /** Each card type's own maximum balance (0: the system's). */
    private Mono<Map<Long, Long>> maxBalances() {
        return cardTypes.all().collectMap(CardType::id, type -> type.rules().maxBalanceFen());
    }

    private static MoneyLimits limits(MoneyFacts facts, SystemParameters p, Map<Long, Long> typeMax, LocalDate today) {
        return new MoneyLimits(p.singleRechargeLimitFen(), maxBalance(facts.cards(), p, typeMax, today));
    }

    /** The usable card's type maximum, else the system's. */
    private static long maxBalance(Collection<CardRecord> cards, SystemParameters p, Map<Long, Long> typeMax,
                                   LocalDate today) {
        return cards.stream().filter(c -> MoneyRules.usable(c, today)).findFirst()
                .map(CardRecord::cardTypeId).map(id -> typeMax.getOrDefault(id, 0L))
                .filter(m -> m > 0).orElse(p.maxCardBalanceFen());
    }
}
