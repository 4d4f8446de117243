package org.onecard.cards.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.VehicleLink;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.sql.CoalescedReads;
import org.onecard.common.sql.Utc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cards, their events and the terminal list changes they cause. */
@Repository
public class CardStore {

    /**
     * A card's vehicle (if any) and its pending grey-card lock (if any, by a unique index) come in the
     * same statement: the terminal's checks of the cylinder date and of a grey card cost no read.
     */
    private static final String COLUMNS = "c.id, c.card_no, c.serial, c.person_id, c.status, c.issued_on, c.expires_on,"
            + " c.deposit_fen, c.cost_fen, c.card_type_id, c.lost_refunded, c.replaced_by_card_id,"
            + " c.reissued_from_card_id, c.vehicle_id, v.plate AS vehicle_plate, v.cylinder_due_on AS vehicle_due_on,"
            + " gl.id AS grey_lock_id";
    private static final String FROM = " FROM card c LEFT JOIN vehicle v ON v.id = c.vehicle_id"
            + " LEFT JOIN fuel_lock gl ON gl.active_card_id = c.id";
    private static final String SELECT = "SELECT " + COLUMNS + FROM;

    /** A card a typed text names: as the live card carrying it as serial, as a card number, or both. */
    public record Named(CardRecord card, boolean bySerial, boolean byCardNo) {
    }
    private static final String LIVE = "('NORMAL', 'LOST', 'FROZEN')";

    private final DatabaseClient db;
    private final CoalescedReads<String, List<Named>> byText = new CoalescedReads<>(200, 2,
            this::findLiveBySerialsOrCardNos);
    private final CoalescedReads<SerialAt, CardRecord> bySerialAt = new CoalescedReads<>(200, 2,
            this::findBySerialsAt);

    public CardStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<CardRecord> find(long id) {
        return db.sql(SELECT + " WHERE c.id = :id").bind("id", id).map(CardStore::toCard).one();
    }

    /** A live card by the serial a reader typed, else any card with that card number. */
    public Mono<CardRecord> findByInput(String input) {
        return db.sql(SELECT + " WHERE c.active_serial = :input").bind("input", input).map(CardStore::toCard).one()
                .switchIfEmpty(Mono.defer(() -> db.sql(SELECT + " WHERE c.card_no = :input").bind("input", input)
                        .map(CardStore::toCard).one()));
    }

    /**
     * In one read, the live card with this serial and the card with this card number (one row when
     * the same). What is committed: look-ups that arrive together go as one statement.
     */
    public Flux<Named> findLiveBySerialOrCardNo(String text) {
        return byText.read(text).flatMapIterable(found -> found);
    }

    private Mono<Map<String, List<Named>>> findLiveBySerialsOrCardNos(List<String> texts) {
        return db.sql("SELECT " + COLUMNS + ", c.active_serial" + FROM
                        + " WHERE c.active_serial IN (:texts) OR c.card_no IN (:numbers)")
                .bind("texts", texts).bind("numbers", texts)
                .map(row -> Map.entry(toCard(row), String.valueOf(row.get("active_serial", String.class))))
                .all().collectList()
                .map(rows -> {
                    Map<String, List<Named>> byText = new HashMap<>();
                    for (String text : texts) {
                        for (Map.Entry<CardRecord, String> row : rows) {
                            boolean bySerial = sameText(row.getValue(), text);
                            boolean byNo = sameText(row.getKey().cardNo(), text);
                            if (bySerial || byNo) {
                                byText.computeIfAbsent(text, t -> new ArrayList<>())
                                        .add(new Named(row.getKey(), bySerial, byNo));
                            }
                        }
                    }
                    return byText;
                });
    }

    /** As the database compares them: case and trailing spaces do not count (the collations of both dialects). */
    private static boolean sameText(String stored, String typed) {
        return stored != null && stored.stripTrailing().equalsIgnoreCase(typed.stripTrailing());
    }

    /**
     * The card that carried this serial at that moment: the latest issued by then, whatever its state
     * now. What is committed: look-ups that arrive together (a backlog's records) go as one statement.
     */
    public Mono<CardRecord> findBySerialAt(String serial, Instant at) {
        return bySerialAt.read(new SerialAt(serial, at));
    }

    private record SerialAt(String serial, Instant at) {
    }

    private Mono<Map<SerialAt, CardRecord>> findBySerialsAt(List<SerialAt> keys) {
        Instant latest = keys.stream().map(SerialAt::at).max(Instant::compareTo).orElseThrow();
        return db.sql("SELECT " + COLUMNS + ", c.created_at" + FROM
                        + " WHERE c.serial IN (:serials) AND c.created_at <= :at ORDER BY c.id DESC")
                .bind("serials", keys.stream().map(SerialAt::serial).distinct().toList())
                .bind("at", Utc.toDb(latest))
                .map(row -> Map.entry(toCard(row), Utc.fromDb(row.get("created_at", LocalDateTime.class))))
                .all().collectList()
                .map(rows -> {
                    Map<SerialAt, CardRecord> found = new HashMap<>();
                    for (SerialAt key : keys) {
                        // newest first: the first row of this serial issued by the key's moment
                        rows.stream().filter(r -> sameText(r.getKey().serial(), key.serial())
                                        && !r.getValue().isAfter(key.at()))
                                .findFirst().ifPresent(r -> found.put(key, r.getKey()));
                    }
                    return found;
                });
    }

    public Flux<CardRecord> cardsOf(long personId) {
        return db.sql(SELECT + " WHERE c.person_id = :personId ORDER BY c.id").bind("personId", personId)
                .map(CardStore::toCard).all();
    }

    /** The cards bound to a vehicle, at most {@code limit}, oldest first. */
    public Flux<CardRecord> cardsOfVehicle(long vehicleId, int limit) {
        return db.sql(SELECT + " WHERE c.vehicle_id = :vehicleId ORDER BY c.id").bind("vehicleId", vehicleId)
                .map(CardStore::toCard).all().take(limit);
    }

    public Mono<Boolean> hasLiveCard(long personId) {
        return db.sql("SELECT COUNT(*) AS n FROM card WHERE person_id = :personId AND status IN " + LIVE)
                .bind("personId", personId).map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Mono<Long> nextCardNo() {
        return db.sql("UPDATE card_no_counter SET last_value = last_value + 1 WHERE id = 1").then()
                .then(db.sql("SELECT last_value FROM card_no_counter WHERE id = 1")
                        .map(row -> row.get("last_value", Long.class)).one());
    }

    public Mono<Boolean> cardNoUsed(String cardNo) {
        return db.sql("SELECT COUNT(*) AS n FROM card WHERE card_no = :cardNo").bind("cardNo", cardNo)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Mono<Long> insert(NewCard card, Instant now) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO card (card_no, serial, active_serial, person_id,"
                        + " kind, status, issued_on, expires_on, deposit_fen, cost_fen, created_at, card_type_id,"
                        + " lost_refunded, reissued_from_card_id, status_changed_at, vehicle_id) VALUES (:cardNo, :serial,"
                        + " :serial, :personId, 'USER', 'NORMAL', :issuedOn, :expiresOn, :deposit, :cost, :at, :cardTypeId,"
                        + " :lostRefunded, :from, :at, :vehicle)")
                .bind("cardNo", card.cardNo()).bind("serial", card.serial()).bind("personId", card.personId())
                .bind("issuedOn", card.issuedOn()).bind("expiresOn", card.expiresOn())
                .bind("deposit", card.depositFen()).bind("cost", card.costFen())
                .bind("at", Utc.toDb(now)).bind("cardTypeId", card.cardTypeId()).bind("lostRefunded", false);
        spec = card.reissuedFrom() == null ? spec.bindNull("from", Long.class) : spec.bind("from", card.reissuedFrom());
        spec = card.vehicleId() == null ? spec.bindNull("vehicle", Long.class) : spec.bind("vehicle", card.vehicleId());
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one()
                .onErrorMap(DataIntegrityViolationException.class, e -> new ApiException(ResultCode.SERIAL_TAKEN,
                        "Card serial " + card.serial() + " or number " + card.cardNo() + " is already in use"));
    }

    /**
     * Moves a card from the status the caller saw to a new one in one conditional statement, so
     * two operators acting on one card at once cannot both succeed.
     */
    public Mono<Void> changeStatus(long id, CardStatus from, CardStatus to, Instant now) {
        boolean live = to == CardStatus.NORMAL || to == CardStatus.LOST || to == CardStatus.FROZEN;
        return db.sql("UPDATE card SET status = :to, status_changed_at = :at,"
                        + (live ? " active_serial = serial" : " active_serial = NULL")
                        + " WHERE id = :id AND status = :from")
                .bind("to", to.name()).bind("from", from.name()).bind("id", id).bind("at", Utc.toDb(now))
                .fetch().rowsUpdated()
                .flatMap(n -> n == 1 ? Mono.<Void>empty() : Mono.error(new ApiException(ResultCode.CARD_STATE_FORBIDS,
                        "Card " + id + " changed meanwhile; read it again")));
    }

    public Mono<Void> markReplaced(long oldId, long newId) {
        return db.sql("UPDATE card SET replaced_by_card_id = :newId WHERE id = :oldId")
                .bind("newId", newId).bind("oldId", oldId).then();
    }

    public Mono<Void> markLostRefunded(long id) {
        return db.sql("UPDATE card SET lost_refunded = :yes WHERE id = :id").bind("yes", true).bind("id", id).then();
    }

    public Mono<Void> setExpiry(long id, LocalDate expiresOn) {
        return db.sql("UPDATE card SET expires_on = :expiresOn WHERE id = :id")
                .bind("expiresOn", expiresOn).bind("id", id).then();
    }

    public Mono<Void> event(long cardId, String kind, Long operatorId, Instant at, Long postingId, String note) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO card_event (card_id, kind, operator_id,"
                        + " occurred_at, posting_id, note) VALUES (:cardId, :kind, :operatorId, :at, :postingId, :note)")
                .bind("cardId", cardId).bind("kind", kind).bind("at", Utc.toDb(at));
        spec = operatorId == null ? spec.bindNull("operatorId", Long.class) : spec.bind("operatorId", operatorId);
        spec = postingId == null ? spec.bindNull("postingId", Long.class) : spec.bind("postingId", postingId);
        spec = note == null ? spec.bindNull("note", String.class) : spec.bind("note", note);
        return spec.then();
    }

    /** The card a posting created or changed, for answering a replayed request. */
    public Mono<Long> cardOfPosting(long postingId, String kind) {
        return db.sql("SELECT card_id FROM card_event WHERE posting_id = :postingId AND kind = :kind")
                .bind("postingId", postingId).bind("kind", kind)
                .map(row -> row.get("card_id", Long.class)).one();
    }

    /** Records a whitelist/blacklist change; its id is the new list version. */
    public Mono<Void> listChange(long cardId, String serial, String list, String action, Instant at) {
        return db.sql("INSERT INTO list_change (card_id, serial, list_kind, action, changed_at)"
                        + " VALUES (:cardId, :serial, :list, :action, :at)")
                .bind("cardId", cardId).bind("serial", serial).bind("list", list).bind("action", action)
                .bind("at", Utc.toDb(at)).then();
    }

    public Mono<Long> listVersion() {
        return db.sql("SELECT COALESCE(MAX(id), 0) AS v FROM list_change")
                .map(row -> ((Number) row.get("v")).longValue()).one();
    }

    public Mono<Boolean> requestKeyUsed(String key) {
        return db.sql("SELECT COUNT(*) AS n FROM request_key WHERE idem_key = :key").bind("key", key)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    /** Claims a key for a request that moves no money; a second claim fails with {@link KeyUsedException}. */
    public Mono<Void> claimRequestKey(String key, Instant now) {
        return db.sql("INSERT INTO request_key (idem_key, created_at) VALUES (:key, :at)")
                .bind("key", key).bind("at", Utc.toDb(now)).then()
                .onErrorMap(DataIntegrityViolationException.class, e -> new KeyUsedException(key));
    }

    /** The request key was claimed before: the caller answers as a replay. */
    public static class KeyUsedException extends RuntimeException {
        public KeyUsedException(String key) {
            super("Request key already used: " + key, null, false, false);
        }
    }

    private static CardRecord toCard(Readable row) {
        return new CardRecord(row.get("id", Long.class), row.get("card_no", String.class),
                row.get("serial", String.class), row.get("person_id", Long.class),
                CardStatus.valueOf(row.get("status", String.class)),
                row.get("issued_on", LocalDate.class), row.get("expires_on", LocalDate.class),
                row.get("deposit_fen", Long.class), row.get("cost_fen", Long.class),
                row.get("card_type_id", Long.class),
                Boolean.TRUE.equals(row.get("lost_refunded", Boolean.class)),
                row.get("replaced_by_card_id", Long.class), row.get("reissued_from_card_id", Long.class),
                vehicle(row), row.get("grey_lock_id", Long.class));
    }

    private static VehicleLink vehicle(Readable row) {
        Long id = row.get("vehicle_id", Long.class);
        return id == null ? null : new VehicleLink(id, row.get("vehicle_plate", String.class),
                row.get("vehicle_due_on", LocalDate.class));
    }

    /**
     * Binds the card to a vehicle, or unbinds it (null), from the vehicle the caller saw (null: none);
     * false when it changed meanwhile.
     */
    public Mono<Boolean> setVehicle(long id, Long from, Long to) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("UPDATE card SET vehicle_id = :to WHERE id = :id AND "
                + (from == null ? "vehicle_id IS NULL" : "vehicle_id = :from")).bind("id", id);
        spec = to == null ? spec.bindNull("to", Long.class) : spec.bind("to", to);
        spec = from == null ? spec : spec.bind("from", from);
        return spec.fetch().rowsUpdated().map(n -> n == 1);
    }

    /** What an issue or reissue writes; a reissued card serves the old one's vehicle. */
    public record NewCard(String cardNo, String serial, long personId, LocalDate issuedOn, LocalDate expiresOn,
                          long depositFen, long costFen, long cardTypeId, Long reissuedFrom, Long vehicleId) {
    }
}
