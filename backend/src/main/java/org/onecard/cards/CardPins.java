package org.onecard.cards;

import java.util.List;
import java.util.regex.Pattern;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.application.PasswordHasher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The cardholder's PIN for POS (DOMAIN §2), asked at a terminal when the card's type requires it
 * (openapi/terminal-protocol.md §2.8). Six digits, kept as a BCrypt hash; a card whose PIN was never
 * set has none, so no PIN matches it.
 */
@Service
public class CardPins {

    public static final String FIELD = "pin";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{6}");

    private final DatabaseClient db;
    private final PasswordHasher hasher;
    private final CardAccess access;

    CardPins(DatabaseClient db, PasswordHasher hasher, CardAccess access) {
        this.db = db;
        this.hasher = hasher;
        this.access = access;
    }

    /** Sets or changes the card's PIN: six digits (1001 otherwise), 1002/2010 as for any card change. */
    public Mono<Void> set(long cardId, String pin, CurrentUser user) {
        if (pin == null || !SHAPE.matcher(pin).matches()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "The PIN must be 6 digits",
                    List.of(new FieldProblem(FIELD, "must be 6 digits"))));
        }
        return access.card(cardId, user).then(Mono.defer(() -> hasher.hash(pin)))
                .flatMap(hash -> db.sql("UPDATE card SET pin_hash = :hash WHERE id = :id")
                        .bind("hash", hash).bind("id", cardId).fetch().rowsUpdated())
                .then();
    }

    /** Whether the card has a PIN set. */
    public Mono<Boolean> isSet(long cardId) {
        return db.sql("SELECT pin_hash FROM card WHERE id = :id").bind("id", cardId)
                .map(row -> row.get("pin_hash", String.class) != null).one().defaultIfEmpty(false);
    }

    /** Whether {@code given} is the card's PIN; false when none is set. */
    public Mono<Boolean> matches(long cardId, String given) {
        return db.sql("SELECT pin_hash FROM card WHERE id = :id AND pin_hash IS NOT NULL").bind("id", cardId)
                .map(row -> row.get("pin_hash", String.class)).one()
                .flatMap(hash -> hasher.matches(given, hash))
                .defaultIfEmpty(false);
    }
}
