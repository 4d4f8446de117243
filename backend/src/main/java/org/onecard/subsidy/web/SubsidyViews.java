package org.onecard.subsidy.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.subsidy.SubsidyRegistration;
import org.onecard.subsidy.domain.SubsidyMode;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.onecard.subsidy.persistence.SubsidyStore.Listed;

/** What the subsidy endpoints take and give. Amounts are integer fen. */
final class SubsidyViews {

    /** No single subsidy above 1,000,000.00 yuan: a typing error, not a grant. */
    static final long MAX_AMOUNT_FEN = 100_000_000L;

    private SubsidyViews() {
    }

    @Schema(description = "A subsidy (补贴) for one person")
    record SubsidyView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String employeeNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String personName,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) SubsidyMode mode,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "yyyy-MM", example = "2026-11") String month,
            @Schema(description = "last valid day; absent: never expires") LocalDate expiresOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) SubsidyStatus status,
            String batchRef,
            String note,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant registeredAt,
            Instant distributedAt,
            Instant claimedAt,
            Instant closedAt,
            @Schema(description = "what expiry cleared from the wallet (补贴清零)") Long clearedFen) {

        static SubsidyView of(Listed l) {
            SubsidyRecord s = l.subsidy();
            return new SubsidyView(s.id(), s.personId(), l.employeeNo(), l.personName(), s.amountFen(), s.mode(),
                    s.month().toString(), s.expiresOn(), s.status(), s.batchRef(), s.note(), s.registeredAt(),
                    s.distributedAt(), s.claimedAt(), s.closedAt(), s.clearedFen());
        }
    }

    @Schema(description = "A page of subsidies, newest first")
    record SubsidyPage(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<SubsidyView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {

        static SubsidyPage of(Page<Listed> p) {
            return new SubsidyPage(p.items().stream().map(SubsidyView::of).toList(), p.page(), p.size(), p.total());
        }
    }

    record SubsidyItem(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive @Max(MAX_AMOUNT_FEN) Long amountFen,
            @Schema(description = "CUMULATIVE (累加, default) or RESET (清零)") SubsidyMode mode,
            @Schema(description = "yyyy-MM; default this month", type = "string", example = "2026-11") YearMonth month,
            @Schema(description = "last valid day; default from the subsidy validity parameter") LocalDate expiresOn) {

        SubsidyRegistration.Item toItem() {
            return new SubsidyRegistration.Item(personId, amountFen, mode == null ? SubsidyMode.CUMULATIVE : mode,
                    month, expiresOn);
        }
    }

    @Schema(description = "Register subsidies; with distribute they are distributed (下发) at once")
    record RegisterRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "1 to 1000")
            @NotEmpty @Size(max = SubsidyRegistration.MAX_ITEMS) List<@NotNull @Valid SubsidyItem> items,
            @Schema(description = "a name for the batch, e.g. 2026-11 餐补") @Size(max = 64) String batchRef,
            @Size(max = 255) String note,
            Boolean distribute) {

        SubsidyRegistration.Registration toRegistration() {
            return new SubsidyRegistration.Registration(items.stream().map(SubsidyItem::toItem).toList(),
                    batchRef, note, Boolean.TRUE.equals(distribute));
        }
    }

    @Schema(description = "Distribute registered subsidies: the listed ids, or every registered one of the batch")
    record DistributeRequest(
            @Size(max = SubsidyRegistration.MAX_ITEMS) List<@NotNull Long> ids,
            @Size(max = 64) String batchRef) {
    }
}
