package org.onecard.paycode;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Credentials;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.paycode.domain.PayCodeToken;
import org.onecard.paycode.persistence.PayCodeStore;
import org.onecard.paycode.persistence.PayCodeStore.PayCodeRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The cardholder's personal pay code: issued for the person's card in use, signed, short-lived,
 * used once. A new code replaces the person's older unused ones, so the code on the screen is the
 * only one that pays (a screenshot taken earlier does not). A terminal request uses a code by
 * {@link #redeem}: the first request uses it up whatever its answer, and a repeat of that request
 * (same idempotency key) finds it its own again.
 */
@Service
public class PayCodes {

    /** A code as the cardholder's page shows it. */
    public record Issued(String code, Instant expiresAt, long ttlSeconds, CardRecord card) {
    }

    private static final Logger log = LoggerFactory.getLogger(PayCodes.class);

    /** How long a code that ran out unused stays on record (a late scan still gets "expired" after). */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final PayCodeStore store;
    private final CardStore cards;
    private final BusinessClock clock;
    private final PayCodeProperties properties;
    private final byte[] secret;

    public PayCodes(PayCodeStore store, CardStore cards, BusinessClock clock, PayCodeProperties properties) {
        this.store = store;
        this.cards = cards;
        this.clock = clock;
        this.properties = properties;
        this.secret = secret(properties.secret());
    }

    /** A new code for the person's card in use; refused when they hold none, or it cannot pay now. */
    public Mono<Outcome<Issued>> issue(long personId) {
        Instant now = clock.now();
        return cards.cardsOf(personId).collectList().flatMap(all -> {
            CardRecord card = Credentials.cardInUse(all);
            if (card == null) {
                return Mono.just(Outcome.<Issued>refused(ResultCode.PERSON_HAS_NO_CARD, "No card in use"));
            }
            if (Lifecycle.acceptsMoney(card.state(), clock.accountingDate(now)) instanceof Transition.Refused no) {
                return Mono.just(Outcome.<Issued>refused(no.code(), no.detail()));
            }
            // whole seconds, as the code carries them: the row and the signature agree on the instant
            Instant expires = now.plus(properties.ttl()).truncatedTo(ChronoUnit.SECONDS);
            String nonce = PayCodeToken.newNonce();
            return store.insert(personId, card.id(), nonce, now, expires)
                    .flatMap(id -> store.supersede(personId, id).thenReturn(Outcome.done(new Issued(
                            new PayCodeToken(id, expires.getEpochSecond(), nonce).sign(secret), expires,
                            properties.ttl().toSeconds(), card))));
        });
    }

    /**
     * The card a scanned code pays with, using the code up for {@code key}: refused when forged
     * (5150), expired (5151), used by another request (5152) or replaced by a newer code (5153).
     * The card's own state and rules are the caller's to check, as for a card presented.
     */
    public Mono<Outcome<CardRecord>> redeem(String text, String key) {
        PayCodeToken token = PayCodeToken.verify(text, secret).orElse(null);
        if (token == null) {
            return Mono.just(forged());
        }
        return store.find(token.id()).filter(row -> row.nonce().equals(token.nonce())
                        && row.expiresAt().getEpochSecond() == token.expiresEpochSecond())
                .flatMap(row -> use(row, key))
                // genuine but no longer on record: it ran out unused and was forgotten (forgetExpired)
                .defaultIfEmpty(token.expiresEpochSecond() <= clock.now().getEpochSecond()
                        ? Outcome.refused(ResultCode.PAY_CODE_EXPIRED, "Pay code " + token.id()) : forged());
    }

    /** Codes that ran out unused more than {@link #FORGET_AFTER} ago are deleted; the table holds what matters. */
    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT10M")
    void forgetExpiredNow() {
        Long forgotten = forgetExpired(clock.now()).block(Duration.ofMinutes(2));
        if (forgotten != null && forgotten > 0) {
            log.info("Forgot {} pay codes that ran out unused", forgotten);
        }
    }

    /** Deletes the codes that ran out unused before {@code now} minus {@link #FORGET_AFTER}; how many. */
    public Mono<Long> forgetExpired(Instant now) {
        return store.forgetUnused(now.minus(FORGET_AFTER));
    }

    private Mono<Outcome<CardRecord>> use(PayCodeRow row, String key) {
        if (key.equals(row.usedKey())) {
            return card(row);
        }
        Instant now = clock.now();
        ResultCode unusable = unusable(row, now);
        if (unusable != null) {
            return Mono.just(Outcome.refused(unusable, "Pay code " + row.id()));
        }
        return store.use(row.id(), key, now).flatMap(used -> used ? card(row)
                // another request got there first (or the code was replaced or ran out meanwhile)
                : store.find(row.id()).flatMap(again -> key.equals(again.usedKey()) ? card(again)
                        : Mono.just(Outcome.refused(orUsed(unusable(again, now)), "Pay code " + row.id()))));
    }

    /** Why a code not used by this request cannot be used now; null when it can. Used beats replaced beats expired. */
    private static ResultCode unusable(PayCodeRow row, Instant now) {
        if (row.usedKey() != null) {
            return ResultCode.PAY_CODE_USED;
        }
        if (row.supersededBy() != null) {
            return ResultCode.PAY_CODE_SUPERSEDED;
        }
        return now.isBefore(row.expiresAt()) ? null : ResultCode.PAY_CODE_EXPIRED;
    }

    private static ResultCode orUsed(ResultCode code) {
        return code == null ? ResultCode.PAY_CODE_USED : code;
    }

    private Mono<Outcome<CardRecord>> card(PayCodeRow row) {
        return cards.find(row.cardId()).map(Outcome::done);
    }

    private static Outcome<CardRecord> forged() {
        return Outcome.refused(ResultCode.PAY_CODE_FORGED, "Not a pay code this system issued");
    }

    private static byte[] secret(String configured) {
        if (configured == null || configured.isBlank()) {
            log.warn("onecard.pay-codes.secret is not set: using a random key, so pay codes die with a restart"
                    + " and only this instance accepts them");
            byte[] random = new byte[PayCodeProperties.MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < PayCodeProperties.MIN_SECRET_BYTES) {
            throw new IllegalStateException("onecard.pay-codes.secret must be at least "
                    + PayCodeProperties.MIN_SECRET_BYTES + " bytes");
        }
        return bytes;
    }
}
