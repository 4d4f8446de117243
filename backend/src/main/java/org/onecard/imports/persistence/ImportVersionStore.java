package org.onecard.imports.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** import_version: each person's last money-import version per kind. */
@Repository
public class ImportVersionStore {

    /** Versions are numbers, written as literals; 300 rows a statement keeps IN lists short. */
    private static final int INSERT_ROWS = 300;

    /** A version the caller read in phase 1 changed before phase 2 wrote it: another import got there first. */
    public static class VersionRaceException extends RuntimeException {
        public VersionRaceException(long personId) {
            super("Person " + personId + "'s import version changed meanwhile", null, false, false);
        }
    }

    /** One person's new version; {@code previous} is what phase 1 read (null: none). */
    public record NewVersion(long personId, long version, Long previous) {
    }

    private final DatabaseClient db;
    private final Clock clock;

    public ImportVersionStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Map<Long, Long>> lastVersions(String kind, Collection<Long> personIds) {
        return ImportLookups.chunked(List.copyOf(personIds), chunk -> db.sql("SELECT person_id, last_version"
                        + " FROM import_version WHERE kind = :kind AND person_id IN (:ids)")
                .bind("kind", kind).bind("ids", chunk)
                .map(row -> Map.entry(row.get("person_id", Long.class), row.get("last_version", Long.class))).all())
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * Writes the new versions, each only over the one phase 1 read; anything else fails with
     * {@link VersionRaceException} so the caller's transaction rolls back.
     */
    public Mono<Void> record(String kind, List<NewVersion> versions) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<NewVersion> fresh = versions.stream().filter(v -> v.previous() == null).toList();
        List<NewVersion> raised = versions.stream().filter(v -> v.previous() != null).toList();
        return Flux.fromIterable(Chunks.of(fresh, INSERT_ROWS)).concatMap(chunk -> insert(kind, chunk, now))
                .thenMany(Flux.fromIterable(Chunks.of(raised, INSERT_ROWS)).concatMap(chunk -> raise(kind, chunk, now)))
                .then();
    }

    private Mono<Void> insert(String kind, List<NewVersion> chunk, LocalDateTime now) {
        StringBuilder sql = new StringBuilder("INSERT INTO import_version (person_id, kind, last_version, updated_at) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").append(chunk.get(i).personId()).append(", :kind, ")
                    .append(chunk.get(i).version()).append(", :at)");
        }
        return db.sql(sql.toString()).bind("kind", kind).bind("at", now).then()
                .onErrorMap(DataIntegrityViolationException.class, e -> new VersionRaceException(chunk.get(0).personId()));
    }

    /** One statement for the chunk: each row moves from the version read before, or the chunk fails. */
    private Mono<Void> raise(String kind, List<NewVersion> chunk, LocalDateTime now) {
        StringBuilder next = new StringBuilder(" CASE person_id");
        StringBuilder previous = new StringBuilder(" CASE person_id");
        for (NewVersion v : chunk) {
            next.append(" WHEN ").append(v.personId()).append(" THEN ").append(v.version());
            previous.append(" WHEN ").append(v.personId()).append(" THEN ").append(v.previous());
        }
        return db.sql("UPDATE import_version SET last_version =" + next + " END, updated_at = :at"
                        + " WHERE kind = :kind AND person_id IN (:ids) AND last_version =" + previous + " END")
                .bind("at", now).bind("kind", kind).bind("ids", chunk.stream().map(NewVersion::personId).toList())
                .fetch().rowsUpdated().flatMap(n -> n == chunk.size() ? Mono.<Void>empty()
                : Mono.error(new VersionRaceException(chunk.get(0).personId())));
    }
}
