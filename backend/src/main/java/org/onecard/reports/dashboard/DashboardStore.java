package org.onecard.reports.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.onecard.common.sql.Utc;
import org.onecard.reports.summary.OutletChoice;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The two reads the dashboard adds to the daily reports: when the last hour's purchases happened
 * (on V28's accounting-date index, the window's one or two dates) and the enabled terminals.
 */
@Repository
class DashboardStore {

    private static final String PURCHASE_TIMES = "SELECT c.occurred_at FROM consumption c"
            + " WHERE c.accounting_date BETWEEN :firstDay AND :lastDay"
            + " AND c.occurred_at >= :since AND c.occurred_at < :until";
    private static final String TERMINALS = "SELECT t.id, t.code FROM terminal t WHERE t.enabled = :yes";

    private final DatabaseClient db;

    DashboardStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * When each purchase in [since, until) happened. A purchase's accounting date is never before
     * the day it happened (an offline one may be booked later), so the dates from since's to the
     * last day find every one.
     */
    Flux<Instant> purchaseTimes(Instant since, Instant until, LocalDate firstDay, LocalDate lastDay,
                                OutletChoice outlets) {
        GenericExecuteSpec spec = db.sql(PURCHASE_TIMES + scoped(outlets, "c"))
                .bind("firstDay", firstDay).bind("lastDay", lastDay)
                .bind("since", Utc.toDb(since)).bind("until", Utc.toDb(until));
        return bindOutlets(spec, outlets).map(r -> Utc.fromDb(r.get("occurred_at", LocalDateTime.class))).all();
    }

    /** Enabled terminals of the outlets: code by id. */
    Mono<Map<Long, String>> terminals(OutletChoice outlets) {
        return bindOutlets(db.sql(TERMINALS + scoped(outlets, "t")).bind("yes", true), outlets)
                .map(r -> Map.entry(((Number) r.get("id")).longValue(), r.get("code", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static String scoped(OutletChoice outlets, String alias) {
        return outlets.all() ? "" : " AND " + alias + ".outlet_id IN (:outlets)";
    }

    private static GenericExecuteSpec bindOutlets(GenericExecuteSpec spec, OutletChoice outlets) {
        return outlets.all() ? spec : spec.bind("outlets", outlets.outletIds());
    }
}
