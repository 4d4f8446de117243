package org.onecard.fuel.persistence;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.fuel.domain.CardMode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Fuel sales, clearing receipts and grey-card locks. */
@Repository
public class FuelSaleStore {

    /** A booked fuel sale (the fleet is the bound vehicle's when the sale was made). */
    public record Sale(long postingId, long terminalId, int nozzleNo, long outletId, long cardId, long personId,
                       Long vehicleId, String plate, Long fleetId, Long cardTypeId, CardMode mode, int priceLevel,
                       long unitPriceFen, long volume, long amountFen, Instant occurredAt, LocalDate accountingDate,
                       Long lockId) {
    }

    /** A clearing receipt. */
    public record Clearing(long postingId, long cardId, long personId, Long fleetId, CardMode mode, long paidFen,
                           long volumeCleared, LocalDate accountingDate, Instant clearedAt, Long operatorId) {
    }

    /** A grey-card lock; {@code pending} while the card is grey. */
    public record Lock(long id, long cardId, boolean pending, long terminalId, int nozzleNo, String lockKey,
                       Instant lockedAt, Long postingId, Instant releasedAt) {
    }

    private final DatabaseClient db;
    private final Clock clock;

    public FuelSaleStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Void> insertSale(Sale s) {
        GenericExecuteSpec spec = db.sql("INSERT INTO fuel_sale (posting_id, terminal_id, nozzle_no, outlet_id, card_id,"
                        + " person_id, vehicle_id, plate, fleet_id, card_type_id, card_mode, price_level, unit_price_fen,"
                        + " volume, amount_fen, occurred_at, accounting_date, lock_id) VALUES (:posting, :terminal, :nozzle,"
                        + " :outlet, :card, :person, :vehicle, :plate, :fleet, :type, :mode, :level, :price, :volume,"
                        + " :amount, :at, :date, :lock)")
                .bind("posting", s.postingId()).bind("terminal", s.terminalId()).bind("nozzle", s.nozzleNo())
                .bind("outlet", s.outletId()).bind("card", s.cardId()).bind("person", s.personId())
                .bind("mode", s.mode().name()).bind("level", s.priceLevel()).bind("price", s.unitPriceFen())
                .bind("volume", s.volume()).bind("amount", s.amountFen()).bind("at", Utc.toDb(s.occurredAt()))
                .bind("date", s.accountingDate());
        spec = nullable(spec, "vehicle", s.vehicleId(), Long.class);
        spec = nullable(spec, "plate", s.plate(), String.class);
        spec = nullable(spec, "fleet", s.fleetId(), Long.class);
        spec = nullable(spec, "type", s.cardTypeId(), Long.class);
        spec = nullable(spec, "lock", s.lockId(), Long.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Mono<Sale> sale(long postingId) {
        return db.sql("SELECT * FROM fuel_sale WHERE posting_id = :p").bind("p", postingId).map((Readable row) -> sale(row)).first();
    }

    /** The person a card belongs to. */
    public Mono<Long> personOfCard(long cardId) {
        return db.sql("SELECT person_id FROM card WHERE id = :c").bind("c", cardId).map(r -> r.get("person_id", Long.class))
                .first();
    }

    /** The vehicle a card is bound to, if any. */
    public Mono<Long> vehicleOfCard(long cardId) {
        return db.sql("SELECT vehicle_id FROM card WHERE id = :c AND vehicle_id IS NOT NULL").bind("c", cardId)
                .map(r -> r.get("vehicle_id", Long.class)).first();
    }

    /** The fleet company of a vehicle, if it has one. */
    public Mono<Long> fleetOf(long vehicleId) {
        return db.sql("SELECT fleet_id FROM vehicle WHERE id = :v AND fleet_id IS NOT NULL").bind("v", vehicleId)
                .map(r -> r.get("fleet_id", Long.class)).first();
    }

    public Mono<Void> insertClearing(Clearing c) {
        GenericExecuteSpec spec = db.sql("INSERT INTO fuel_clearing (posting_id, card_id, person_id, fleet_id, card_mode,"
                        + " paid_fen, volume_cleared, accounting_date, cleared_at, operator_id) VALUES (:posting, :card,"
                        + " :person, :fleet, :mode, :paid, :volume, :date, :at, :op)")
                .bind("posting", c.postingId()).bind("card", c.cardId()).bind("person", c.personId())
                .bind("mode", c.mode().name()).bind("paid", c.paidFen()).bind("volume", c.volumeCleared())
                .bind("date", c.accountingDate()).bind("at", Utc.toDb(c.clearedAt()));
        spec = nullable(spec, "fleet", c.fleetId(), Long.class);
        spec = nullable(spec, "op", c.operatorId(), Long.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Mono<Clearing> clearing(long postingId) {
        return db.sql("SELECT * FROM fuel_clearing WHERE posting_id = :p").bind("p", postingId)
                .map(r -> new Clearing(r.get("posting_id", Long.class), r.get("card_id", Long.class),
                        r.get("person_id", Long.class), r.get("fleet_id", Long.class),
                        CardMode.valueOf(r.get("card_mode", String.class)), r.get("paid_fen", Long.class),
                        r.get("volume_cleared", Long.class), r.get("accounting_date", LocalDate.class),
                        Utc.fromDb(r.get("cleared_at", LocalDateTime.class)), r.get("operator_id", Long.class)))
                .first();
    }

    /** Locks the card for the terminal's nozzle; false when the card has a pending lock already. */
    public Mono<Boolean> lock(long cardId, long terminalId, int nozzleNo, String lockKey) {
        return db.sql("INSERT INTO fuel_lock (card_id, active_card_id, terminal_id, nozzle_no, lock_key, locked_at)"
                        + " VALUES (:card, :card, :terminal, :nozzle, :key, :at)")
                .bind("card", cardId).bind("terminal", terminalId).bind("nozzle", nozzleNo).bind("key", lockKey)
                .bind("at", LocalDateTime.now(clock)).fetch().rowsUpdated().map(n -> n > 0)
                .onErrorResume(org.springframework.dao.DataIntegrityViolationException.class, e -> Mono.just(false));
    }

    public Mono<Lock> lockByKey(String lockKey) {
        return db.sql("SELECT * FROM fuel_lock WHERE lock_key = :key").bind("key", lockKey).map((Readable row) -> lock(row)).first();
    }

    public Mono<Lock> lockById(long id) {
        return db.sql("SELECT * FROM fuel_lock WHERE id = :id").bind("id", id).map((Readable row) -> lock(row)).first();
    }

    /** The card's pending lock, if it is grey. */
    public Mono<Lock> pendingLock(long cardId) {
        return db.sql("SELECT * FROM fuel_lock WHERE active_card_id = :card").bind("card", cardId)
                .map((Readable row) -> lock(row)).first();
    }

    /** A pending lock as the grey-card list shows it: with the card number, the dispenser and its station. */
    public record GreyCard(Lock lock, String cardNo, String terminalCode, long outletId) {
    }

    /** Every grey card's pending lock, oldest first (at most 500). */
    public Flux<GreyCard> greyCards() {
        return db.sql("SELECT l.*, c.card_no, t.code AS terminal_code, t.outlet_id FROM fuel_lock l"
                        + " JOIN card c ON c.id = l.card_id JOIN terminal t ON t.id = l.terminal_id"
                        + " WHERE l.active_card_id IS NOT NULL ORDER BY l.id")
                .map((Readable row) -> greyCard(row)).all().take(500);
    }

    /** The lock with its card and dispenser, pending or not. */
    public Mono<GreyCard> greyCard(long lockId) {
        return db.sql("SELECT l.*, c.card_no, t.code AS terminal_code, t.outlet_id FROM fuel_lock l"
                        + " JOIN card c ON c.id = l.card_id JOIN terminal t ON t.id = l.terminal_id WHERE l.id = :id")
                .bind("id", lockId).map((Readable row) -> greyCard(row)).first();
    }

    private static GreyCard greyCard(Readable r) {
        return new GreyCard(lock(r), r.get("card_no", String.class), r.get("terminal_code", String.class),
                r.get("outlet_id", Long.class));
    }

    /** Applies the pending lock once (with the sale's posting, or none); false when it was not pending. */
    public Mono<Boolean> release(long lockId, Long postingId) {
        GenericExecuteSpec spec = db.sql("UPDATE fuel_lock SET active_card_id = NULL, posting_id = :posting,"
                        + " released_at = :at WHERE id = :id AND active_card_id IS NOT NULL")
                .bind("id", lockId).bind("at", LocalDateTime.now(clock));
        return nullable(spec, "posting", postingId, Long.class).fetch().rowsUpdated().map(n -> n > 0);
    }

    private static Sale sale(Readable r) {
        return new Sale(r.get("posting_id", Long.class), r.get("terminal_id", Long.class), r.get("nozzle_no", Integer.class),
                r.get("outlet_id", Long.class), r.get("card_id", Long.class), r.get("person_id", Long.class),
                r.get("vehicle_id", Long.class), r.get("plate", String.class), r.get("fleet_id", Long.class),
                r.get("card_type_id", Long.class), CardMode.valueOf(r.get("card_mode", String.class)),
                r.get("price_level", Integer.class), r.get("unit_price_fen", Long.class), r.get("volume", Long.class),
                r.get("amount_fen", Long.class), Utc.fromDb(r.get("occurred_at", LocalDateTime.class)),
                r.get("accounting_date", LocalDate.class), r.get("lock_id", Long.class));
    }

    private static Lock lock(Readable r) {
        LocalDateTime released = r.get("released_at", LocalDateTime.class);
        return new Lock(r.get("id", Long.class), r.get("card_id", Long.class), r.get("active_card_id", Long.class) != null,
                r.get("terminal_id", Long.class), r.get("nozzle_no", Integer.class), r.get("lock_key", String.class),
                Utc.fromDb(r.get("locked_at", LocalDateTime.class)), r.get("posting_id", Long.class),
                released == null ? null : Utc.fromDb(released));
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
