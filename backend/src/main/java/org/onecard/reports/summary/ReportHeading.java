package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.common.time.BusinessClock;
import org.onecard.receipts.ReceiptProperties;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** What a printed or exported report says above and below its table, other than its own title. */
@Service
public class ReportHeading {

    public static final String ALL_OUTLETS = "全部营业点";

    /** The same organisation name the receipts print. */
    public record Heading(String organisation, String outletLabel, LocalDate printedOn) {
    }

    private final ReceiptProperties receipts;
    private final BusinessClock clock;
    private final DatabaseClient db;

    ReportHeading(ReceiptProperties receipts, BusinessClock clock, DatabaseClient db) {
        this.receipts = receipts;
        this.clock = clock;
        this.db = db;
    }

    public Mono<Heading> of(OutletChoice outlets) {
        if (outlets.all()) {
            return Mono.just(heading(ALL_OUTLETS));
        }
        return db.sql("SELECT id, name FROM outlet WHERE id IN (:ids)").bind("ids", outlets.outletIds())
                .map(r -> Map.entry(((Number) r.get("id")).longValue(), r.get("name", String.class))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(names -> heading(outlets.outletIds().stream().sorted()
                        .map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining("、"))));
    }

    private Heading heading(String outletLabel) {
        return new Heading(receipts.organisationName(), outletLabel, clock.accountingDate(clock.now()));
    }
}
