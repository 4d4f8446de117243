package org.onecard.cards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
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
 * A card's overdraft password (超额密码): a terminal asks for it when a charge is above the card
 * type's per-transaction maximum. Kept as a BCrypt hash; a card whose password was never set has
 * the default {@value #DEFAULT} (DOMAIN §2).
 */
@Service
public class OverdraftPasswords {

    public static final String DEFAULT = "123456";
    public static final String FIELD = "password";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{6}");

    private final DatabaseClient db;
    private final PasswordHasher hasher;
    private final CardAccess access;

    OverdraftPasswords(DatabaseClient db, PasswordHasher hasher, CardAccess access) {
        this.db = db;
        this.hasher = hasher;
        this.access = access;
    }

    /** Sets the card's password: six digits. 1001 when it is not, 1002/2010 as for any card change. */
    public Mono<Void> set(long cardId, String password, CurrentUser user) {
        if (password == null || !SHAPE.matcher(password).matches()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "The overdraft password must be 6 digits",
                    List.of(new FieldProblem(FIELD, "must be 6 digits"))));
        }
        return access.card(cardId, user).then(Mono.defer(() -> hasher.hash(password)))
                .flatMap(hash -> db.sql("UPDATE card SET overdraft_password_hash = :hash WHERE id = :id")
                        .bind("hash", hash).bind("id", cardId).fetch().rowsUpdated())
                .then();
    }

    /** Whether {@code given} is the card's password; a card that does not exist has none. */
    public Mono<Boolean> matches(long cardId, String given) {
        return db.sql("SELECT overdraft_password_hash FROM card WHERE id = :id").bind("id", cardId)
                .map(row -> Optional.ofNullable(row.get("overdraft_password_hash", String.class)))
                .one()
                .flatMap(hash -> hash.map(h -> hasher.matches(given, h)).orElseGet(() -> Mono.just(isDefault(given))))
                .defaultIfEmpty(false);
    }

    private static boolean isDefault(String given) {
        return given != null && MessageDigest.isEqual(DEFAULT.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
