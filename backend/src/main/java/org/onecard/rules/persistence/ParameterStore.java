package org.onecard.rules.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.rules.domain.WalletMode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The single row of system parameters. */
@Repository
public class ParameterStore {

    private final DatabaseClient db;

    public ParameterStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<SystemParameters> load() {
        return db.sql("SELECT * FROM system_parameters WHERE id = 1")
                .map(row -> new SystemParameters(
                        row.get("max_card_balance_fen", Long.class),
                        row.get("single_recharge_limit_fen", Long.class),
                        Boolean.TRUE.equals(row.get("recharge_at_issue_allowed", Boolean.class)),
                        Boolean.TRUE.equals(row.get("negative_recharge_allowed", Boolean.class)),
                        row.get("deposit_fen", Long.class),
                        row.get("card_cost_fen", Long.class),
                        row.get("card_validity_years", Integer.class),
                        row.get("grey_waiting_days", Integer.class),
                        row.get("correction_window_hours", Integer.class),
                        row.get("subsidy_validity_days", Integer.class),
                        Boolean.TRUE.equals(row.get("subsidy_month_only", Boolean.class)),
                        WalletMode.valueOf(row.get("wallet_mode", String.class)),
                        DeductionOrder.valueOf(row.get("default_deduction_order", String.class)),
                        Boolean.TRUE.equals(row.get("auto_card_no", Boolean.class)),
                        row.get("card_no_length", Integer.class)))
                .one();
    }

    public Mono<Void> save(SystemParameters p, long operatorId, Instant now) {
        return db.sql("UPDATE system_parameters SET max_card_balance_fen = :maxBalance,"
                        + " single_recharge_limit_fen = :singleLimit, recharge_at_issue_allowed = :atIssue,"
                        + " negative_recharge_allowed = :negative, deposit_fen = :deposit, card_cost_fen = :cost,"
                        + " card_validity_years = :validity, grey_waiting_days = :grey,"
                        + " correction_window_hours = :correction, subsidy_validity_days = :subsidyDays,"
                        + " subsidy_month_only = :monthOnly, wallet_mode = :walletMode,"
                        + " default_deduction_order = :order, auto_card_no = :autoCardNo, card_no_length = :cardNoLength,"
                        + " updated_at = :at, updated_by = :by WHERE id = 1")
                .bind("maxBalance", p.maxCardBalanceFen())
                .bind("singleLimit", p.singleRechargeLimitFen())
                .bind("atIssue", p.rechargeAtIssueAllowed())
                .bind("negative", p.negativeRechargeAllowed())
                .bind("deposit", p.depositFen())
                .bind("cost", p.cardCostFen())
                .bind("validity", p.cardValidityYears())
                .bind("grey", p.greyWaitingDays())
                .bind("correction", p.correctionWindowHours())
                .bind("subsidyDays", p.subsidyValidityDays())
                .bind("monthOnly", p.subsidyMonthOnly())
                .bind("walletMode", p.walletMode().name())
                .bind("order", p.defaultDeductionOrder().name())
                .bind("autoCardNo", p.autoCardNo())
                .bind("cardNoLength", p.cardNoLength())
                .bind("at", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("by", operatorId)
                .then();
    }

    public Mono<Boolean> anyCardIssued() {
        return db.sql("SELECT COUNT(*) AS n FROM card").map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }
}
