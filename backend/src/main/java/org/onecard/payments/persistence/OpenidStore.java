package org.onecard.payments.persistence;

import java.time.Instant;
import org.onecard.common.sql.Utc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Cardholders' WeChat openids, one per person and official-account app (wechat_openid). */
@Repository
public class OpenidStore {

    private final DatabaseClient db;

    public OpenidStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<String> find(long personId, String appId) {
        return db.sql("SELECT openid FROM wechat_openid WHERE person_id = :person AND app_id = :app")
                .bind("person", personId).bind("app", appId)
                .map(row -> row.get("openid", String.class)).one();
    }

    /** Binds the openid to the person, replacing an earlier one (two binds racing: the later write stays). */
    public Mono<Void> bind(long personId, String appId, String openid, Instant at) {
        return update(personId, appId, openid, at)
                .flatMap(n -> n > 0 ? Mono.<Void>empty() : db.sql("INSERT INTO wechat_openid (person_id, app_id, openid,"
                                + " bound_at) VALUES (:person, :app, :openid, :at)")
                        .bind("person", personId).bind("app", appId).bind("openid", openid).bind("at", Utc.toDb(at))
                        .then()
                        .onErrorResume(DataIntegrityViolationException.class,
                                e -> update(personId, appId, openid, at).then()));
    }

    private Mono<Long> update(long personId, String appId, String openid, Instant at) {
        return db.sql("UPDATE wechat_openid SET openid = :openid, bound_at = :at WHERE person_id = :person AND app_id = :app")
                .bind("openid", openid).bind("at", Utc.toDb(at)).bind("person", personId).bind("app", appId)
                .fetch().rowsUpdated();
    }
}
