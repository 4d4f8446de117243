package org.onecard.reports.period;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.audit.Actor;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditLog;
import org.onecard.audit.AuditOutcome;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.ledger.LedgerTransactions;
import org.onecard.reports.statement.MonthlyStatements;
import org.onecard.reports.statement.StatementScope;
import org.onecard.reports.statement.StatementStore.Key;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Closing an accounting month (封账) and reopening one. Closing month M needs M to have ended, M-1
 * closed (unless M is the first month with postings) and M's statement to balance for every wallet;
 * it stores each wallet's closing, which the next month's statement reads as its opening. A closed
 * month takes no posting ({@link ClosedPeriods}). Reopening needs a reason and starts from the latest
 * closed month. Both are written to the audit log with the operator and, for a reopening, the reason.
 */
@Service
public class AccountingPeriods {

    static final String CLOSE_ACTION = "period.close";
    static final String REOPEN_ACTION = "period.reopen";

    private final PeriodStore store;
    private final ClosedPeriods closedPeriods;
    private final MonthlyStatements statements;
    private final TransactionalOperator tx;
    private final BusinessClock clock;
    private final AuditLog auditLog;

    public AccountingPeriods(PeriodStore store, ClosedPeriods closedPeriods, MonthlyStatements statements,
                             LedgerTransactions transactions, BusinessClock clock, AuditLog auditLog) {
        this.store = store;
        this.closedPeriods = closedPeriods;
        this.statements = statements;
        this.tx = transactions.readCommitted();
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** Every month that was ever closed, newest first; months not listed are open. */
    public Mono<List<AccountingPeriod>> list() {
        return store.all().collectList();
    }

    /** Closes the month; answers the number of wallets whose closing balance was stored. */
    public Mono<Integer> close(YearMonth month, Actor operator) {
        if (!month.atEndOfMonth().isBefore(clock.accountingDate(clock.now()))) {
            return Mono.error(new ApiException(ResultCode.PERIOD_NOT_ENDED, month + " has not ended yet"));
        }
        YearMonth previous = month.minusMonths(1);
        return closedPeriods.read().flatMap(closed -> {
            if (closed.contains(month)) {
                return Mono.error(new ApiException(ResultCode.PERIOD_ALREADY_CLOSED, month + " is closed already"));
            }
            boolean previousClosed = closed.contains(previous);
            return (previousClosed ? Mono.<Void>empty() : requireFirstMonth(month))
                    .then(Mono.defer(() -> closings(month, previousClosed)))
                    .flatMap(closings -> tx.transactional(store.markClosed(month, operator.id(), clock.now())
                                    .flatMap(done -> done ? store.deleteBalances(month)
                                            .then(store.insertBalances(month, closings)).thenReturn(closings.size())
                                            : Mono.error(new ApiException(ResultCode.PERIOD_ALREADY_CLOSED,
                                                    month + " was closed meanwhile")))))
                    .flatMap(stored -> closedPeriods.read()
                            .then(audit(operator, CLOSE_ACTION, month, stored + " wallet closings stored"))
                            .thenReturn(stored));
        });
    }

    private Mono<Void> requireFirstMonth(YearMonth month) {
        return store.firstActivity()
                .filter(first -> first.isBefore(month.atDay(1)))
                .flatMap(first -> Mono.<Void>error(new ApiException(ResultCode.PERIOD_PREVIOUS_OPEN,
                        "Close " + month.minusMonths(1) + " first; postings go back to " + first)));
    }

    /** Each wallet account's closing (0s left out), or PERIOD_UNBALANCED when any wallet's difference is not 0. */
    private Mono<Map<Long, Long>> closings(YearMonth month, boolean openingFromClosing) {
        return statements.figures(Key.ACCOUNT, StatementScope.of(null, null), month, openingFromClosing)
                .flatMap(byAccount -> {
                    long unbalanced = byAccount.values().stream().filter(l -> l.differenceFen() != 0).count();
                    if (unbalanced > 0) {
                        return Mono.error(new ApiException(ResultCode.PERIOD_UNBALANCED, unbalanced
                                + " wallets of " + month + " do not balance; see the monthly statement"));
                    }
                    return Mono.just(byAccount.entrySet().stream().filter(e -> e.getValue().closingFen() != 0)
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().closingFen())));
                });
    }

    /** Reopens a closed month, the latest closed one only, for the reason given. */
    public Mono<Void> reopen(YearMonth month, String reason, Actor operator) {
        return closedPeriods.read().flatMap(closed -> {
            if (!closed.contains(month)) {
                return Mono.error(new ApiException(ResultCode.PERIOD_NOT_CLOSED, month + " is not closed"));
            }
            if (closed.stream().anyMatch(m -> m.isAfter(month))) {
                return Mono.error(new ApiException(ResultCode.PERIOD_LATER_CLOSED,
                        "Reopen " + closed.stream().max(YearMonth::compareTo).orElseThrow() + " first"));
            }
            return tx.transactional(store.markOpen(month, operator.id(), clock.now(), reason)
                            .flatMap(done -> done ? store.deleteBalances(month)
                                    : Mono.error(new ApiException(ResultCode.PERIOD_NOT_CLOSED,
                                            month + " was reopened meanwhile"))))
                    .then(closedPeriods.read())
                    .then(audit(operator, REOPEN_ACTION, month, "reason: " + reason));
        });
    }

    private Mono<Void> audit(Actor operator, String action, YearMonth month, String detail) {
        return auditLog.record(new AuditEntry(operator, action, month.toString(), null, AuditOutcome.SUCCESS, detail));
    }
}
