package org.onecard.terminal.registry.persistence;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.common.sql.SqlPaging;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.authz.TimedTariff;
import org.onecard.terminal.registry.domain.MacKey;
import org.onecard.terminal.registry.domain.ModeSetup;
import org.onecard.terminal.registry.domain.Terminal;
import org.onecard.terminal.registry.domain.TerminalDraft;
import org.onecard.terminal.registry.domain.TerminalModes;
import org.onecard.terminal.registry.domain.TerminalSearch;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for terminal. Only {@link #auth} reads the MAC key; an outlet scope (empty = all) limits lists. */
@Repository
public class TerminalStore {

    private static final String SELECT = "SELECT t.id, t.machine_no, t.code, t.serial, t.model, t.purpose,"
            + " t.outlet_id, o.name AS outlet_name, t.work_mode, t.fixed_amount_fen, t.same_card_interval_seconds,"
            + " t.timed_price_per_hour_fen, t.timed_rounding_minutes,"
            + " t.enabled, t.key_version, t.created_at, t.updated_at, t.last_seen_at, t.last_trace"
            + " FROM terminal t JOIN outlet o ON o.id = t.outlet_id";

    private final DatabaseClient db;
    private final Clock clock;
    private final SqlPaging paging;
    private final ModeEntryStore entries;

    public TerminalStore(DatabaseClient db, Clock clock, ConnectionFactory connectionFactory, ModeEntryStore entries) {
        this.db = db;
        this.clock = clock;
        this.paging = SqlPaging.forDatabase(connectionFactory.getMetadata().getName());
        this.entries = entries;
    }

    public Mono<Long> insert(int machineNo, TerminalDraft d, MacKey key) {
        LocalDateTime now = LocalDateTime.now(clock);
        GenericExecuteSpec spec = db.sql("INSERT INTO terminal (machine_no, code, serial, model, purpose, outlet_id,"
                        + " work_mode, fixed_amount_fen, timed_price_per_hour_fen, timed_rounding_minutes,"
                        + " same_card_interval_seconds, enabled, mac_key, key_version, created_at, updated_at)"
                        + " VALUES (:machineNo, :code, :serial, :model, :purpose, :outletId, :mode, :fixed, :perHour,"
                        + " :unit, :interval, :enabled, :key, 1, :at, :at)")
                .bind("machineNo", machineNo).bind("code", TerminalAuth.codeOf(machineNo))
                .bind("enabled", true).bind("key", key.bytes()).bind("at", now);
        return details(spec, d).filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class)).one()
                .flatMap(id -> entries.replace(id, d.setup()).thenReturn(id));
    }

    public Mono<Boolean> update(long id, TerminalDraft d) {
        GenericExecuteSpec spec = db.sql("UPDATE terminal SET serial = :serial, model = :model, purpose = :purpose,"
                        + " outlet_id = :outletId, work_mode = :mode, fixed_amount_fen = :fixed,"
                        + " timed_price_per_hour_fen = :perHour, timed_rounding_minutes = :unit,"
                        + " same_card_interval_seconds = :interval, updated_at = :at WHERE id = :id")
                .bind("at", LocalDateTime.now(clock)).bind("id", id);
        return details(spec, d).fetch().rowsUpdated()
                .flatMap(n -> n > 0 ? entries.replace(id, d.setup()).thenReturn(true) : Mono.just(false));
    }

    public Mono<Boolean> setEnabled(long id, boolean enabled) {
        return db.sql("UPDATE terminal SET enabled = :enabled, updated_at = :at WHERE id = :id")
                .bind("enabled", enabled).bind("at", LocalDateTime.now(clock)).bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Replaces the key and counts its version up. */
    public Mono<Boolean> rotateKey(long id, MacKey key) {
        return db.sql("UPDATE terminal SET mac_key = :key, key_version = key_version + 1, updated_at = :at"
                        + " WHERE id = :id")
                .bind("key", key.bytes()).bind("at", LocalDateTime.now(clock)).bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    /** Deletes the terminal only while it has never transacted; false when it has (or is gone). */
    public Mono<Boolean> deleteUntransacted(long id) {
        return db.sql("DELETE FROM terminal WHERE id = :id AND last_trace IS NULL").bind("id", id)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Terminal> find(long id) {
        return withSetups(db.sql(SELECT + " WHERE t.id = :id").bind("id", id).map(TerminalStore::toTerminal).all())
                .next();
    }

    /** What a purchase prices with; empty when the terminal is gone. */
    public Mono<TerminalModes> modes(long id) {
        return entries.modes(id);
    }

    public Mono<Boolean> machineNoTaken(int machineNo) {
        return exists("SELECT COUNT(*) AS n FROM terminal WHERE machine_no = :v", machineNo);
    }

    /** Whether another terminal than {@code exceptId} (0 = none) has this serial. */
    public Mono<Boolean> serialTaken(String serial, long exceptId) {
        return db.sql("SELECT COUNT(*) AS n FROM terminal WHERE serial = :v AND id <> :id")
                .bind("v", serial).bind("id", exceptId)
                .map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    /** What the terminal server needs, MAC key included. */
    public Mono<TerminalAuth> auth(String code) {
        return db.sql("SELECT id, code, machine_no, serial, outlet_id, purpose, work_mode, enabled, mac_key"
                        + " FROM terminal WHERE code = :code")
                .bind("code", code)
                .map(row -> new TerminalAuth(row.get("id", Long.class), row.get("code", String.class),
                        row.get("machine_no", Integer.class), row.get("serial", String.class),
                        row.get("outlet_id", Long.class), TerminalPurpose.valueOf(row.get("purpose", String.class)),
                        WorkMode.valueOf(row.get("work_mode", String.class)), Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                        row.get("mac_key", byte[].class)))
                .one();
    }

    public Flux<Terminal> page(TerminalSearch search, long offset, int limit) {
        Map<String, Object> binds = new LinkedHashMap<>();
        String where = where(search, binds);
        return withSetups(bind(db.sql(SELECT + where + " ORDER BY t.machine_no" + paging.clause()), binds)
                .bind("offset", offset).bind("limit", limit).map(TerminalStore::toTerminal).all());
    }

    /** The terminals in their order, each with its mode entries (one query for all of them). */
    private Flux<Terminal> withSetups(Flux<Terminal> rows) {
        return rows.collectList().flatMapMany(list -> {
            Map<Long, TimedTariff> tariffs = new HashMap<>();
            list.forEach(t -> tariffs.put(t.id(), t.setup().tariff()));
            return entries.setups(tariffs).flatMapIterable(setups -> list.stream()
                    .map(t -> t.withSetup(setups.get(t.id()))).toList());
        });
    }

    public Mono<Long> count(TerminalSearch search) {
        Map<String, Object> binds = new LinkedHashMap<>();
        String where = where(search, binds);
        return bind(db.sql("SELECT COUNT(*) AS n FROM terminal t" + where), binds)
                .map(row -> ((Number) row.get("n")).longValue()).one();
    }

    private Mono<Boolean> exists(String sql, Object value) {
        return db.sql(sql).bind("v", value).map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    private static GenericExecuteSpec details(GenericExecuteSpec spec, TerminalDraft d) {
        GenericExecuteSpec s = spec.bind("serial", d.serial()).bind("purpose", d.purpose().name())
                .bind("outletId", d.outletId()).bind("mode", d.mode().name())
                .bind("interval", d.sameCardIntervalSeconds());
        TimedTariff tariff = d.setup().tariff();
        s = tariff == null ? s.bindNull("perHour", Long.class).bindNull("unit", Integer.class)
                : s.bind("perHour", tariff.pricePerHourFen()).bind("unit", tariff.roundingUnitMinutes());
        s = d.model() == null ? s.bindNull("model", String.class) : s.bind("model", d.model());
        return d.fixedAmountFen() == null ? s.bindNull("fixed", Long.class) : s.bind("fixed", d.fixedAmountFen());
    }

    private static String where(TerminalSearch s, Map<String, Object> binds) {
        List<String> conditions = new ArrayList<>();
        if (s.outletId() != null) {
            conditions.add("t.outlet_id = :outletId");
            binds.put("outletId", s.outletId());
        }
        if (s.purpose() != null) {
            conditions.add("t.purpose = :purpose");
            binds.put("purpose", s.purpose().name());
        }
        if (s.enabled() != null) {
            conditions.add("t.enabled = :enabled");
            binds.put("enabled", s.enabled());
        }
        if (!s.scope().isEmpty()) {
            conditions.add("t.outlet_id IN (:scope)");
            binds.put("scope", s.scope());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> binds) {
        GenericExecuteSpec s = spec;
        for (Map.Entry<String, Object> e : binds.entrySet()) {
            s = s.bind(e.getKey(), e.getValue());
        }
        return s;
    }

    private static Terminal toTerminal(Readable row) {
        Number fixed = (Number) row.get("fixed_amount_fen");
        Number trace = (Number) row.get("last_trace");
        return new Terminal(row.get("id", Long.class), row.get("machine_no", Integer.class),
                row.get("code", String.class), row.get("serial", String.class), row.get("model", String.class),
                TerminalPurpose.valueOf(row.get("purpose", String.class)), row.get("outlet_id", Long.class),
                row.get("outlet_name", String.class), WorkMode.valueOf(row.get("work_mode", String.class)),
                fixed == null ? null : fixed.longValue(),
                new ModeSetup(List.of(), List.of(), ModeEntryStore.tariff(row), List.of()),
                row.get("same_card_interval_seconds", Integer.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)), row.get("key_version", Integer.class),
                instant(row, "created_at"), instant(row, "updated_at"), instant(row, "last_seen_at"),
                trace == null ? null : trace.intValue());
    }

    private static Instant instant(Readable row, String column) {
        LocalDateTime at = row.get(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
