package org.onecard.ledger.domain;

import java.util.Map;
import java.util.Optional;
import org.onecard.common.error.ResultCode;

/**
 * Checks a posting request before anything is written, in a fixed order so the same bad
 * request always gets the same code.
 */
public final class PostingRules {

    private PostingRules() {
    }

    /** Shape checks that need no account data. */
    public static Optional<PostingOutcome.Declined> checkShape(PostingRequest request) {
        return checkKey(request).or(() -> checkLegs(request));
    }

    /** A record of a use that moves no money: a key like any posting's, and no transfers at all. */
    public static Optional<PostingOutcome.Declined> checkRecordShape(PostingRequest request) {
        return checkKey(request).or(() -> request.legs().isEmpty() ? Optional.empty()
                : decline(ResultCode.VALIDATION_FAILED, "A record moves no money, so it has no transfers"));
    }

    private static Optional<PostingOutcome.Declined> checkKey(PostingRequest request) {
        String key = request.idempotencyKey();
        if (key == null || key.isBlank()) {
            return decline(ResultCode.IDEMPOTENCY_KEY_REQUIRED, "An idempotency key is required");
        }
        if (key.length() > PostingRequest.MAX_KEY_LENGTH) {
            return decline(ResultCode.VALIDATION_FAILED,
                    "The idempotency key is longer than " + PostingRequest.MAX_KEY_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static Optional<PostingOutcome.Declined> checkLegs(PostingRequest request) {
        if (request.legs().isEmpty()) {
            return decline(ResultCode.VALIDATION_FAILED, "A posting needs at least one transfer");
        }
        if (request.legs().size() > PostingRequest.MAX_LEGS) {
            return decline(ResultCode.TOO_MANY_ITEMS, "A posting has at most " + PostingRequest.MAX_LEGS + " transfers");
        }
        for (TransferLeg leg : request.legs()) {
            if (leg.code() == null) {
                return decline(ResultCode.VALIDATION_FAILED, "Every transfer needs a code");
            }
            if (leg.amount() <= 0) {
                return decline(ResultCode.INVALID_AMOUNT, "Amounts must be positive whole numbers, got " + leg.amount());
            }
            if (leg.debitAccountId() == leg.creditAccountId()) {
                return decline(ResultCode.SAME_ACCOUNT, "Account " + leg.debitAccountId() + " is on both sides");
            }
        }
        return Optional.empty();
    }

    /** Checks that need the accounts: they exist, and both sides of each leg count the same unit. */
    public static Optional<PostingOutcome.Declined> checkAccounts(PostingRequest request, Map<Long, AccountKind> kinds) {
        for (TransferLeg leg : request.legs()) {
            AccountKind debit = kinds.get(leg.debitAccountId());
            AccountKind credit = kinds.get(leg.creditAccountId());
            if (debit == null || credit == null) {
                long missing = debit == null ? leg.debitAccountId() : leg.creditAccountId();
                return decline(ResultCode.ACCOUNT_NOT_FOUND, "No account " + missing);
            }
            if (debit.unit() != credit.unit()) {
                return decline(ResultCode.UNIT_MISMATCH,
                        "Account " + leg.debitAccountId() + " counts " + debit.unit() + ", account "
                                + leg.creditAccountId() + " counts " + credit.unit());
            }
        }
        return Optional.empty();
    }

    private static Optional<PostingOutcome.Declined> decline(ResultCode code, String detail) {
        return Optional.of(new PostingOutcome.Declined(code, detail, false));
    }
}
