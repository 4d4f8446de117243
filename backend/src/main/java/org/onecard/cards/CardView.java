package org.onecard.cards;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;

/** A card as the counter sees it, with its person's wallet balances. */
public record CardView(
        @Schema(requiredMode = RequiredMode.REQUIRED) long id,
        @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
        @Schema(requiredMode = RequiredMode.REQUIRED) String serial,
        @Schema(requiredMode = RequiredMode.REQUIRED) long personId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "effective status: a usable card past its date is EXPIRED")
        CardStatus status,
        @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate issuedOn,
        @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate expiresOn,
        @Schema(requiredMode = RequiredMode.REQUIRED) long depositFen,
        @Schema(requiredMode = RequiredMode.REQUIRED) long costFen,
        Long cardTypeId,
        @Schema(requiredMode = RequiredMode.REQUIRED) boolean lostRefunded,
        Long replacedByCardId,
        Long reissuedFromCardId,
        @Schema(description = "the vehicle the card is bound to (gas stations), if any") Long vehicleId,
        @Schema(description = "that vehicle's plate") String plate,
        @Schema(requiredMode = RequiredMode.REQUIRED) long cashFen,
        @Schema(requiredMode = RequiredMode.REQUIRED) long subsidyFen,
        @Schema(requiredMode = RequiredMode.REQUIRED,
                description = "subsidies registered or distributed but not yet in the wallet")
        long pendingSubsidyFen,
        @Schema(description = "the posting that moved money for this request, if any") Long postingId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "true when this repeats the first answer")
        boolean replayed) {

    static CardView of(CardRecord c, LocalDate today, long cashFen, long subsidyFen, long pendingSubsidyFen,
                       Long postingId, boolean replayed) {
        return new CardView(c.id(), c.cardNo(), c.serial(), c.personId(), c.state().effective(today), c.issuedOn(),
                c.expiresOn(), c.depositFen(), c.costFen(), c.cardTypeId(), c.lostRefunded(), c.replacedByCardId(),
                c.reissuedFromCardId(), c.vehicle() == null ? null : c.vehicle().vehicleId(),
                c.vehicle() == null ? null : c.vehicle().plate(), cashFen, subsidyFen, pendingSubsidyFen, postingId, replayed);
    }
}
