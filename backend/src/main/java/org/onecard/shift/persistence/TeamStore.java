package org.onecard.shift.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.common.sql.Utc;
import org.onecard.shift.domain.ShiftTeam;
import org.onecard.shift.domain.ShiftTeam.Member;
import org.onecard.shift.domain.StaffCard;
import org.onecard.shift.domain.TeamDraft;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for shift_team and shift_team_member; a card is in one team at most (unique key). */
@Repository
public class TeamStore {

    private static final String TEAMS = "SELECT st.id, st.code, st.name, st.outlet_id, o.name AS outlet_name"
            + " FROM shift_team st JOIN outlet o ON o.id = st.outlet_id";
    private static final String MEMBERS = "SELECT m.team_id, c.id, c.serial, p.name FROM shift_team_member m"
            + " JOIN card c ON c.id = m.card_id LEFT JOIN person p ON p.id = c.person_id";

    private final DatabaseClient db;

    public TeamStore(DatabaseClient db) {
        this.db = db;
    }

    /** A taken code fails with the unique key's DuplicateKeyException. */
    public Mono<Long> insert(TeamDraft d, Instant now) {
        return db.sql("INSERT INTO shift_team (code, name, outlet_id, created_at) VALUES (:code, :name, :outlet, :at)")
                .bind("code", d.code()).bind("name", d.name()).bind("outlet", d.outletId()).bind("at", Utc.toDb(now))
                .filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    /** Teams of the outlet (all outlets when null), by code, with their members. */
    public Mono<List<ShiftTeam>> list(Long outletId) {
        String where = outletId == null ? "" : " WHERE st.outlet_id = :outlet";
        var teams = db.sql(TEAMS + where + " ORDER BY st.code");
        var members = db.sql(MEMBERS + " JOIN shift_team st ON st.id = m.team_id" + where + " ORDER BY c.serial");
        if (outletId != null) {
            teams = teams.bind("outlet", outletId);
            members = members.bind("outlet", outletId);
        }
        return Mono.zip(teams.map(TeamStore::bare).all().collectList(),
                members.map(TeamStore::memberRow).all().collectList()).map(t -> {
                    Map<Long, List<Member>> byTeam = t.getT2().stream().collect(Collectors.groupingBy(
                            MemberRow::teamId, Collectors.mapping(MemberRow::member, Collectors.toList())));
                    return t.getT1().stream().map(team -> new ShiftTeam(team.id(), team.code(), team.name(),
                            team.outletId(), team.outletName(), byTeam.getOrDefault(team.id(), List.of()))).toList();
                });
    }

    public Mono<ShiftTeam> find(long id) {
        return db.sql(TEAMS + " WHERE st.id = :id").bind("id", id).map(TeamStore::bare).one()
                .zipWith(db.sql(MEMBERS + " WHERE m.team_id = :id ORDER BY c.serial").bind("id", id)
                        .map(TeamStore::memberRow).all().map(MemberRow::member).collectList(),
                        (team, members) -> new ShiftTeam(team.id(), team.code(), team.name(), team.outletId(),
                                team.outletName(), members));
    }

    /** The live card with this serial, with its team if it has one. */
    public Mono<StaffCard> card(String serial) {
        return db.sql("SELECT c.id, c.serial, c.kind, c.status, m.team_id, st.outlet_id FROM card c"
                        + " LEFT JOIN shift_team_member m ON m.card_id = c.id LEFT JOIN shift_team st ON st.id = m.team_id"
                        + " WHERE c.active_serial = :serial").bind("serial", serial)
                .map(row -> new StaffCard(row.get("id", Long.class), row.get("serial", String.class),
                        row.get("kind", String.class).trim(), row.get("status", String.class).trim(),
                        row.get("team_id", Long.class), row.get("outlet_id", Long.class))).one();
    }

    /** A card in another team already fails with the unique key's DuplicateKeyException. */
    public Mono<Void> addMember(long teamId, long cardId, Instant now) {
        return db.sql("INSERT INTO shift_team_member (team_id, card_id, added_at) VALUES (:team, :card, :at)")
                .bind("team", teamId).bind("card", cardId).bind("at", Utc.toDb(now)).then();
    }

    public Mono<Boolean> removeMember(long teamId, long cardId) {
        return db.sql("DELETE FROM shift_team_member WHERE team_id = :team AND card_id = :card")
                .bind("team", teamId).bind("card", cardId).fetch().rowsUpdated().map(n -> n > 0);
    }


    private record MemberRow(long teamId, Member member) {
    }

    private static ShiftTeam bare(Readable row) {
        return new ShiftTeam(row.get("id", Long.class), row.get("code", String.class), row.get("name", String.class),
                row.get("outlet_id", Long.class), row.get("outlet_name", String.class), List.of());
    }

    private static MemberRow memberRow(Readable row) {
        return new MemberRow(row.get("team_id", Long.class), new Member(row.get("id", Long.class),
                row.get("serial", String.class), row.get("name", String.class)));
    }
}
