package org.onecard.terminal.registry.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.authz.ModeWindow;
import org.onecard.terminal.authz.TimeSegment;
import org.onecard.terminal.authz.TimedTariff;
import org.onecard.terminal.registry.domain.KeyValue;
import org.onecard.terminal.registry.domain.ModeSetup;
import org.onecard.terminal.registry.domain.TerminalModes;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for {@code terminal_mode_entry}: a terminal's time segments, preset keys and mode switches
 * (the TIMED tariff lives on the terminal row). Saved as a whole, inside the caller's transaction.
 */
@Repository
public class ModeEntryStore {

    private static final String SEGMENT = "SEGMENT";
    private static final String KEY = "KEY";
    private static final String SWITCH = "SWITCH";
    private static final String ENTRY_COLUMNS = "e.terminal_id, e.kind, e.start_time, e.end_time, e.key_no,"
            + " e.work_mode, e.amount_fen";

    private final DatabaseClient db;

    public ModeEntryStore(DatabaseClient db) {
        this.db = db;
    }

    /** Replaces the terminal's entries by the setup's. */
    public Mono<Void> replace(long terminalId, ModeSetup setup) {
        List<Mono<Long>> inserts = new ArrayList<>();
        for (int i = 0; i < setup.segments().size(); i++) {
            TimeSegment s = setup.segments().get(i);
            inserts.add(insert(terminalId, SEGMENT, i, s.start(), s.end(), null, null, s.amountFen()));
        }
        for (int i = 0; i < setup.keys().size(); i++) {
            KeyValue k = setup.keys().get(i);
            inserts.add(insert(terminalId, KEY, i, null, null, k.keyNo(), null, k.amountFen()));
        }
        for (int i = 0; i < setup.switches().size(); i++) {
            ModeWindow w = setup.switches().get(i);
            inserts.add(insert(terminalId, SWITCH, i, w.start(), w.end(), null, w.mode().name(),
                    w.fixedAmountFen() == 0 ? null : w.fixedAmountFen()));
        }
        return db.sql("DELETE FROM terminal_mode_entry WHERE terminal_id = :id").bind("id", terminalId)
                .fetch().rowsUpdated().thenMany(Flux.concat(inserts)).then();
    }

    /** The setups of these terminals, each with the tariff it already has. */
    public Mono<Map<Long, ModeSetup>> setups(Map<Long, TimedTariff> tariffs) {
        if (tariffs.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT " + ENTRY_COLUMNS + " FROM terminal_mode_entry e WHERE e.terminal_id IN (:ids)")
                .bind("ids", tariffs.keySet())
                .map(EntryRow::of)
                .all()
                .collect(HashMap<Long, Entries>::new, (m, e) -> m.computeIfAbsent(e.terminalId(), k -> new Entries()).add(e))
                .map(found -> {
                    Map<Long, ModeSetup> setups = new HashMap<>();
                    tariffs.forEach((id, tariff) -> setups.put(id, found.getOrDefault(id, new Entries()).setup(tariff)));
                    return setups;
                });
    }

    /** What a purchase on this terminal prices with, in one query; empty when no such terminal. */
    public Mono<TerminalModes> modes(long terminalId) {
        return db.sql("SELECT t.fixed_amount_fen, t.same_card_interval_seconds, t.timed_price_per_hour_fen,"
                        + " t.timed_rounding_minutes, " + ENTRY_COLUMNS + " FROM terminal t"
                        + " LEFT JOIN terminal_mode_entry e ON e.terminal_id = t.id WHERE t.id = :id")
                .bind("id", terminalId)
                .map(row -> new ModesRow(nullableLong(row, "fixed_amount_fen"),
                        row.get("same_card_interval_seconds", Integer.class), tariff(row), EntryRow.of(row)))
                .all()
                .collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> {
                    Entries entries = new Entries();
                    rows.stream().filter(r -> r.entry().kind() != null).forEach(r -> entries.add(r.entry()));
                    ModesRow first = rows.get(0);
                    return new TerminalModes(first.fixedAmountFen(), first.intervalSeconds(), entries.setup(first.tariff()));
                });
    }

    /** The TIMED tariff of a terminal row, or null. */
    static TimedTariff tariff(Readable row) {
        Number price = (Number) row.get("timed_price_per_hour_fen");
        Number unit = (Number) row.get("timed_rounding_minutes");
        return price == null || unit == null ? null : new TimedTariff(price.longValue(), unit.intValue());
    }

    private Mono<Long> insert(long terminalId, String kind, int seq, LocalTime start, LocalTime end, Integer keyNo,
                              String mode, Long amountFen) {
        GenericExecuteSpec spec = db.sql("INSERT INTO terminal_mode_entry (terminal_id, kind, seq, start_time, end_time,"
                        + " key_no, work_mode, amount_fen) VALUES (:id, :kind, :seq, :start, :end, :key, :mode, :amount)")
                .bind("id", terminalId).bind("kind", kind).bind("seq", seq);
        spec = start == null ? spec.bindNull("start", LocalTime.class) : spec.bind("start", start);
        spec = end == null ? spec.bindNull("end", LocalTime.class) : spec.bind("end", end);
        spec = keyNo == null ? spec.bindNull("key", Integer.class) : spec.bind("key", keyNo);
        spec = mode == null ? spec.bindNull("mode", String.class) : spec.bind("mode", mode);
        spec = amountFen == null ? spec.bindNull("amount", Long.class) : spec.bind("amount", amountFen);
        return spec.fetch().rowsUpdated();
    }

    private static Long nullableLong(Readable row, String column) {
        Number n = (Number) row.get(column);
        return n == null ? null : n.longValue();
    }

    /** One row of terminal_mode_entry (all null but the terminal's id for a terminal with none). */
    private record EntryRow(Long terminalId, String kind, LocalTime start, LocalTime end, Integer keyNo, String mode,
                            Long amountFen) {

        static EntryRow of(Readable row) {
            Number key = (Number) row.get("key_no");
            return new EntryRow(nullableLong(row, "terminal_id"), row.get("kind", String.class),
                    row.get("start_time", LocalTime.class), row.get("end_time", LocalTime.class),
                    key == null ? null : key.intValue(), row.get("work_mode", String.class), nullableLong(row, "amount_fen"));
        }
    }

    private record ModesRow(Long fixedAmountFen, int intervalSeconds, TimedTariff tariff, EntryRow entry) {
    }

    /** Entry rows of one terminal gathered by kind. */
    private static final class Entries {

        private final List<TimeSegment> segments = new ArrayList<>();
        private final List<KeyValue> keys = new ArrayList<>();
        private final List<ModeWindow> switches = new ArrayList<>();

        void add(EntryRow row) {
            long fen = row.amountFen() == null ? 0 : row.amountFen();
            switch (row.kind()) {
                case SEGMENT -> segments.add(new TimeSegment(row.start(), row.end(), fen));
                case KEY -> keys.add(new KeyValue(row.keyNo(), fen));
                case SWITCH -> switches.add(new ModeWindow(row.start(), row.end(), WorkMode.valueOf(row.mode()), fen));
                default -> throw new IllegalStateException("Unknown terminal_mode_entry kind " + row.kind());
            }
        }

        ModeSetup setup(TimedTariff tariff) {
            return new ModeSetup(segments, keys, tariff, switches).sorted();
        }
    }
}
