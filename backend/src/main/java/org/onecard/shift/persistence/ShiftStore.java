package org.onecard.shift.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.onecard.common.sql.Utc;
import org.onecard.shift.domain.NozzleShift;
import org.onecard.shift.domain.OpenShift;
import org.onecard.shift.domain.Reading;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for nozzle_shift: a shift is inserted open and ended once, with one conditional statement each. */
@Repository
public class ShiftStore {

    /** A new shift on a nozzle: the nozzle's row and who starts it. */
    public record Start(long nozzleId, long terminalId, long outletId, int nozzleNo, long cardId, long teamId,
                        long handOverId, Instant at, Reading reading, Reading mismatchedEnd) {
    }

    private static final String SELECT = "SELECT s.id, s.terminal_id, t.machine_no, s.nozzle_no, n.product_name,"
            + " s.card_id, c.serial, p.name AS holder_name, s.team_id, tm.name AS team_name, s.started_at,"
            + " s.start_volume, s.start_amount_fen, s.start_mismatch, s.prev_end_volume, s.prev_end_amount_fen,"
            + " s.ended_at, s.end_volume, s.end_amount_fen FROM nozzle_shift s"
            + " JOIN nozzle n ON n.id = s.nozzle_id JOIN terminal t ON t.id = s.terminal_id"
            + " JOIN card c ON c.id = s.card_id LEFT JOIN person p ON p.id = c.person_id"
            + " JOIN shift_team tm ON tm.id = s.team_id";

    private final DatabaseClient db;

    public ShiftStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Long> insert(Start s) {
        GenericExecuteSpec spec = db.sql("INSERT INTO nozzle_shift (nozzle_id, terminal_id, outlet_id, nozzle_no,"
                        + " card_id, team_id, start_handover_id, started_at, start_volume, start_amount_fen,"
                        + " start_mismatch, prev_end_volume, prev_end_amount_fen) VALUES (:nozzle, :terminal, :outlet,"
                        + " :no, :card, :team, :handover, :at, :volume, :amount, :mismatch, :prevVolume, :prevAmount)")
                .bind("nozzle", s.nozzleId()).bind("terminal", s.terminalId()).bind("outlet", s.outletId())
                .bind("no", s.nozzleNo()).bind("card", s.cardId()).bind("team", s.teamId())
                .bind("handover", s.handOverId()).bind("at", Utc.toDb(s.at()))
                .bind("volume", s.reading().volume()).bind("amount", s.reading().amountFen())
                .bind("mismatch", s.mismatchedEnd() != null);
        spec = s.mismatchedEnd() == null
                ? spec.bindNull("prevVolume", Long.class).bindNull("prevAmount", Long.class)
                : spec.bind("prevVolume", s.mismatchedEnd().volume()).bind("prevAmount", s.mismatchedEnd().amountFen());
        return spec.filter(st -> st.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    /** Ends the shift unless it has ended already (false then). */
    public Mono<Boolean> end(long shiftId, long handOverId, Instant at, Reading reading) {
        return db.sql("UPDATE nozzle_shift SET end_handover_id = :handover, ended_at = :at, end_volume = :volume,"
                        + " end_amount_fen = :amount WHERE id = :id AND end_handover_id IS NULL")
                .bind("handover", handOverId).bind("at", Utc.toDb(at)).bind("volume", reading.volume())
                .bind("amount", reading.amountFen()).bind("id", shiftId).fetch().rowsUpdated().map(n -> n == 1);
    }

    public Mono<OpenShift> open(long shiftId) {
        return db.sql("SELECT id, card_id, started_at, start_volume, start_amount_fen FROM nozzle_shift"
                        + " WHERE id = :id AND end_handover_id IS NULL").bind("id", shiftId)
                .map(row -> new OpenShift(row.get("id", Long.class), row.get("card_id", Long.class),
                        Utc.fromDb(row.get("started_at", LocalDateTime.class)), row.get("start_volume", Long.class),
                        row.get("start_amount_fen", Long.class))).one();
    }

    /** The readings the nozzle's last ended shift ended at; empty before any. */
    public Mono<Reading> lastEnd(long nozzleId, int nozzleNo) {
        return db.sql("SELECT end_volume, end_amount_fen FROM nozzle_shift WHERE id = (SELECT MAX(id)"
                        + " FROM nozzle_shift WHERE nozzle_id = :nozzle AND end_handover_id IS NOT NULL)")
                .bind("nozzle", nozzleId).map(row -> new Reading(nozzleNo, row.get("end_volume", Long.class),
                        row.get("end_amount_fen", Long.class))).one();
    }

    /** The shifts a hand-over ended or started, by nozzle and start. */
    public Flux<NozzleShift> ofHandOver(long handOverId) {
        return db.sql(SELECT + " WHERE s.start_handover_id = :h OR s.end_handover_id = :h"
                + " ORDER BY s.nozzle_no, s.id").bind("h", handOverId).map(ShiftStore::shift).all();
    }

    /** Shifts started at the outlet's nozzles in [from, to), by terminal, nozzle and start; at most {@code limit}. */
    public Flux<NozzleShift> startedAt(long outletId, Instant from, Instant to, int limit) {
        return db.sql(SELECT + " WHERE s.outlet_id = :outlet AND s.started_at >= :from AND s.started_at < :to"
                        + " ORDER BY t.machine_no, s.nozzle_no, s.started_at, s.id")
                .bind("outlet", outletId).bind("from", Utc.toDb(from)).bind("to", Utc.toDb(to))
                .map(ShiftStore::shift).all().take(limit);
    }

    private static NozzleShift shift(Readable row) {
        LocalDateTime ended = row.get("ended_at", LocalDateTime.class);
        return new NozzleShift(row.get("id", Long.class), row.get("terminal_id", Long.class),
                row.get("machine_no", Integer.class), row.get("nozzle_no", Integer.class),
                row.get("product_name", String.class), row.get("card_id", Long.class), row.get("serial", String.class),
                row.get("holder_name", String.class), row.get("team_id", Long.class), row.get("team_name", String.class),
                Utc.fromDb(row.get("started_at", LocalDateTime.class)), row.get("start_volume", Long.class),
                row.get("start_amount_fen", Long.class), Boolean.TRUE.equals(row.get("start_mismatch", Boolean.class)),
                row.get("prev_end_volume", Long.class), row.get("prev_end_amount_fen", Long.class),
                ended == null ? null : Utc.fromDb(ended), row.get("end_volume", Long.class),
                row.get("end_amount_fen", Long.class));
    }
}
