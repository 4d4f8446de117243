package org.onecard.sites.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** site_received at the centre: each record a site sent, by (site, seq), with its key and content hash. */
@Repository
public class ReceivedStore {

    private final DatabaseClient db;

    public ReceivedStore(DatabaseClient db) {
        this.db = db;
    }

    /** The content hashes of these sequence numbers already taken from the site. */
    public Mono<Map<Long, String>> hashes(String site, List<Long> seqs) {
        return db.sql("SELECT seq, content_hash FROM site_received WHERE site_code = :site AND seq IN (:seqs)")
                .bind("site", site).bind("seqs", seqs)
                .map(row -> Map.entry(row.get("seq", Long.class), row.get("content_hash", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The key was taken under another seq: a site that sends one posting twice under two numbers. */
    public Mono<Boolean> keyTaken(String site, String key) {
        return db.sql("SELECT 1 AS one FROM site_received WHERE site_code = :site AND record_key = :key")
                .bind("site", site).bind("key", key).map(row -> true).one().defaultIfEmpty(false);
    }

    public Mono<Void> insert(String site, long seq, String key, String hash, Instant at) {
        return db.sql("INSERT INTO site_received (site_code, seq, record_key, content_hash, received_at)"
                        + " VALUES (:site, :seq, :key, :hash, :at)")
                .bind("site", site).bind("seq", seq).bind("key", key).bind("hash", hash).bind("at", LinkStore.utc(at))
                .then();
    }

    /** How many records came from the site, and how many distinct keys among them (equal when each came once). */
    public Mono<long[]> counts(String site) {
        return db.sql("SELECT COUNT(*) AS n, COUNT(DISTINCT record_key) AS k FROM site_received WHERE site_code = :site")
                .bind("site", site)
                .map(row -> new long[] {row.get("n", Long.class), row.get("k", Long.class)}).one();
    }
}
