package org.onecard.fuel.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.fuel.domain.CardMode;
import org.onecard.fuel.domain.FuelProfile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The price list and the cards' fuel profiles. */
@Repository
public class FuelStore {

    /** One row of a station's price list. */
    public record Price(long id, long outletId, String outletName, int priceLevel, long unitPriceFen,
                        Instant effectiveFrom, Instant createdAt, Long createdBy) {
    }

    private final DatabaseClient db;
    private final Clock clock;

    public FuelStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Long> addPrice(long outletId, int level, long unitPriceFen, Instant effectiveFrom, Long operatorId) {
        var spec = db.sql("INSERT INTO fuel_price (outlet_id, price_level, unit_price_fen, effective_from, created_at,"
                        + " created_by) VALUES (:outlet, :level, :price, :from, :at, :by)")
                .bind("outlet", outletId).bind("level", level).bind("price", unitPriceFen)
                .bind("from", Utc.toDb(effectiveFrom)).bind("at", LocalDateTime.now(clock));
        spec = operatorId == null ? spec.bindNull("by", Long.class) : spec.bind("by", operatorId);
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    /** A station's list (or every station's when {@code outletId} is null), newest effective first; at most 500 rows. */
    public Flux<Price> prices(Long outletId) {
        String where = outletId == null ? "" : " WHERE p.outlet_id = :outlet";
        var spec = db.sql("SELECT p.id, p.outlet_id, o.name, p.price_level, p.unit_price_fen, p.effective_from,"
                + " p.created_at, p.created_by FROM fuel_price p JOIN outlet o ON o.id = p.outlet_id" + where
                + " ORDER BY p.outlet_id, p.price_level, p.effective_from DESC, p.id DESC");
        spec = outletId == null ? spec : spec.bind("outlet", outletId);
        return spec.map(r -> new Price(r.get("id", Long.class), r.get("outlet_id", Long.class), r.get("name", String.class),
                r.get("price_level", Integer.class), r.get("unit_price_fen", Long.class),
                Utc.fromDb(r.get("effective_from", LocalDateTime.class)), Utc.fromDb(r.get("created_at", LocalDateTime.class)),
                r.get("created_by", Long.class))).all().take(500);
    }

    /** The price of the day: the row effective latest at {@code at} (the last added among equals). */
    public Mono<Long> priceAt(long outletId, int level, Instant at) {
        return db.sql("SELECT unit_price_fen FROM fuel_price WHERE id = (SELECT MAX(id) FROM fuel_price"
                        + " WHERE outlet_id = :outlet AND price_level = :level AND effective_from = (SELECT MAX(effective_from)"
                        + " FROM fuel_price WHERE outlet_id = :outlet AND price_level = :level AND effective_from <= :at))")
                .bind("outlet", outletId).bind("level", level).bind("at", Utc.toDb(at))
                .map(r -> r.get("unit_price_fen", Long.class)).first();
    }

    public Mono<Boolean> outletExists(long outletId) {
        return db.sql("SELECT id FROM outlet WHERE id = :id").bind("id", outletId).map(r -> true).first()
                .defaultIfEmpty(false);
    }

    /** The card's profile; the standard one when it has none. Empty when there is no such card. */
    public Mono<FuelProfile> profile(long cardId) {
        return db.sql("SELECT c.id, f.card_mode, f.price_level, f.credit_limit FROM card c"
                        + " LEFT JOIN fuel_card f ON f.card_id = c.id WHERE c.id = :card")
                .bind("card", cardId)
                .map(r -> r.get("card_mode", String.class) == null ? FuelProfile.standard(cardId)
                        : new FuelProfile(cardId, CardMode.valueOf(r.get("card_mode", String.class)),
                        r.get("price_level", Integer.class), r.get("credit_limit", Long.class)))
                .first();
    }

    /** Writes mode and level (portable: an update, else an insert); the credit limit is kept. */
    public Mono<Void> putProfile(long cardId, CardMode mode, int level) {
        LocalDateTime now = LocalDateTime.now(clock);
        return db.sql("UPDATE fuel_card SET card_mode = :mode, price_level = :level, updated_at = :at WHERE card_id = :card")
                .bind("mode", mode.name()).bind("level", level).bind("at", now).bind("card", cardId)
                .fetch().rowsUpdated()
                .flatMap(n -> n > 0 ? Mono.empty() : db.sql("INSERT INTO fuel_card (card_id, card_mode, price_level,"
                                + " credit_limit, updated_at) VALUES (:card, :mode, :level, 0, :at)")
                        .bind("mode", mode.name()).bind("level", level).bind("at", now).bind("card", cardId)
                        .fetch().rowsUpdated())
                .then();
    }

    /** Moves the credit limit from {@code before} to {@code after}; false when it was changed meanwhile. */
    public Mono<Boolean> moveLimit(long cardId, long before, long after) {
        return db.sql("UPDATE fuel_card SET credit_limit = :after, updated_at = :at WHERE card_id = :card"
                        + " AND credit_limit = :before")
                .bind("after", after).bind("before", before).bind("at", LocalDateTime.now(clock)).bind("card", cardId)
                .fetch().rowsUpdated().map(n -> n > 0);
    }
}
