package org.onecard.identity.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import org.onecard.common.sql.Utc;
import org.onecard.identity.domain.LoginAccount;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for operators, their roles and scopes. */
@Repository
public class OperatorStore {

    public static final String SCOPE_DEPARTMENT = "DEPARTMENT";
    public static final String SCOPE_OUTLET = "OUTLET";

    private static final String SELECT_LOGIN = "SELECT id, display_name, password_hash, enabled, locked_until,"
            + " card_factor_enabled, card_serial FROM operator";

    /** An operator as the admin screens show it. */
    public record OperatorRow(long id, String username, String displayName, boolean enabled) {
    }

    /** One scope grant: DEPARTMENT (org_unit id) or OUTLET (outlet id). */
    public record Scope(String kind, long id) {
    }

    private final DatabaseClient db;
    private final FailedLogins failedLogins;

    public OperatorStore(DatabaseClient db) {
        this.db = db;
        this.failedLogins = new FailedLogins(db, "operator", "id");
    }

    public Mono<Boolean> anyOperator() {
        return db.sql("SELECT COUNT(*) AS n FROM operator").map(row -> ((Number) row.get("n")).longValue() > 0).one();
    }

    public Mono<LoginAccount> findLogin(String username) {
        return db.sql(SELECT_LOGIN + " WHERE username = :username").bind("username", username)
                .map(OperatorStore::toLogin).one();
    }

    public Mono<LoginAccount> findLogin(long id) {
        return db.sql(SELECT_LOGIN + " WHERE id = :id").bind("id", id).map(OperatorStore::toLogin).one();
    }

    public Mono<OperatorRow> find(long id) {
        return db.sql("SELECT id, username, display_name, enabled FROM operator WHERE id = :id").bind("id", id)
                .map(OperatorStore::toRow).one();
    }

    public Flux<OperatorRow> all() {
        return db.sql("SELECT id, username, display_name, enabled FROM operator ORDER BY username")
                .map(OperatorStore::toRow).all();
    }

    private static OperatorRow toRow(Readable row) {
        return new OperatorRow(row.get("id", Long.class), row.get("username", String.class),
                row.get("display_name", String.class), Boolean.TRUE.equals(row.get("enabled", Boolean.class)));
    }

    public Mono<Long> insert(String username, String displayName, String passwordHash, String cardSerial, Instant now) {
        GenericExecuteSpec spec = db.sql("INSERT INTO operator (username, display_name, password_hash, enabled,"
                        + " failed_attempts, locked_until, card_serial, card_factor_enabled, created_at)"
                        + " VALUES (:username, :displayName, :hash, :enabled, 0, NULL, :cardSerial, :cardFactor, :at)")
                .bind("username", username)
                .bind("displayName", displayName)
                .bind("hash", passwordHash)
                .bind("enabled", true)
                .bind("cardFactor", cardSerial != null)
                .bind("at", Utc.toDb(now));
        spec = cardSerial == null ? spec.bindNull("cardSerial", String.class) : spec.bind("cardSerial", cardSerial);
        return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
    }

    /** Role ids by code; codes that do not exist are simply missing from the result. */
    public Flux<Long> roleIds(Collection<String> codes) {
        return db.sql("SELECT id FROM role WHERE code IN (:codes)").bind("codes", codes)
                .map(row -> row.get("id", Long.class)).all();
    }

    public Mono<Void> addRole(long operatorId, long roleId) {
        return db.sql("INSERT INTO operator_role (operator_id, role_id) VALUES (:operatorId, :roleId)")
                .bind("operatorId", operatorId).bind("roleId", roleId).fetch().rowsUpdated().then();
    }

    public Flux<String> roleCodes(long operatorId) {
        return db.sql("SELECT r.code FROM operator_role o JOIN role r ON r.id = o.role_id"
                        + " WHERE o.operator_id = :id ORDER BY r.code")
                .bind("id", operatorId).map(row -> row.get("code", String.class)).all();
    }

    public Flux<String> permissions(long operatorId) {
        return db.sql("SELECT DISTINCT p.permission FROM operator_role o"
                        + " JOIN role_permission p ON p.role_id = o.role_id"
                        + " WHERE o.operator_id = :id ORDER BY p.permission")
                .bind("id", operatorId).map(row -> row.get("permission", String.class)).all();
    }

    public Flux<Scope> scopes(long operatorId) {
        return db.sql("SELECT scope_kind, scope_id FROM operator_scope WHERE operator_id = :id")
                .bind("id", operatorId)
                .map(row -> new Scope(row.get("scope_kind", String.class), row.get("scope_id", Long.class))).all();
    }

    public Mono<Void> deleteScopes(long operatorId) {
        return db.sql("DELETE FROM operator_scope WHERE operator_id = :id").bind("id", operatorId)
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> addScope(long operatorId, Scope scope) {
        return db.sql("INSERT INTO operator_scope (operator_id, scope_kind, scope_id) VALUES (:id, :kind, :scopeId)")
                .bind("id", operatorId).bind("kind", scope.kind()).bind("scopeId", scope.id())
                .fetch().rowsUpdated().then();
    }

    /** Whether the operator exists. */
    public Mono<Boolean> setEnabled(long operatorId, boolean enabled) {
        return db.sql("UPDATE operator SET enabled = :enabled WHERE id = :id")
                .bind("enabled", enabled).bind("id", operatorId)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    public Mono<Void> recordFailure(long id, int max, Instant lockUntil) {
        return failedLogins.recordFailure(id, max, lockUntil);
    }

    public Mono<Void> clearFailures(long id) {
        return failedLogins.clear(id);
    }

    public Mono<Instant> lockedUntil(long id) {
        return failedLogins.lockedUntil(id);
    }

    private static LoginAccount toLogin(Readable row) {
        return new LoginAccount(
                row.get("id", Long.class),
                row.get("display_name", String.class),
                row.get("password_hash", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                Utc.fromDb(row.get("locked_until", LocalDateTime.class)),
                Boolean.TRUE.equals(row.get("card_factor_enabled", Boolean.class)),
                row.get("card_serial", String.class));
    }
}
