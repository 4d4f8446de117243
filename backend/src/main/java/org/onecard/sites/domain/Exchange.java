package org.onecard.sites.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The messages sites and the centre exchange (openapi/site-exchange.md §3, §4). */
public final class Exchange {

    public static final int MAX_RECORDS = 500;
    public static final int MAX_LINES = 32;

    private Exchange() {
    }

    /**
     * One booked posting at a site, as it goes up: its key (the posting's idempotency key there), what it
     * was (the first transfer's code) and the cardholder wallets it changed.
     */
    public record UpRecord(
            @Schema(requiredMode = RequiredMode.REQUIRED) @Min(1) long seq,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 128) String key,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 32) String kind,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Instant occurredAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull @Size(max = MAX_LINES) List<@Valid @NotNull WalletLine> lines) {
    }

    /** A wallet's change in one posting and its balance after it, under the card's number at its home site. */
    public record WalletLine(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 32) String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotBlank @Size(max = 32) String wallet,
            @Schema(requiredMode = RequiredMode.REQUIRED) long deltaFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long balanceFen) {
    }

    public record UpBatch(
            @Schema(requiredMode = RequiredMode.REQUIRED)
            @NotNull @Size(max = MAX_RECORDS) List<@Valid @NotNull UpRecord> records) {
    }

    /** What the centre has from the site: every seq up to {@code ackedSeq}, each once. */
    public record UpReply(
            @Schema(requiredMode = RequiredMode.REQUIRED) long ackedSeq,
            @Schema(requiredMode = RequiredMode.REQUIRED) int applied,
            @Schema(requiredMode = RequiredMode.REQUIRED) int alreadyHad) {
    }

    /** A site asks for the feed after the last entry it applied (its cursor, which also acknowledges). */
    public record DownRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @Min(0) long after,
            @Schema(requiredMode = RequiredMode.REQUIRED) @Min(1) @Max(MAX_RECORDS) int limit) {
    }

    /** A change for every site but its origin: a card's balance at its home site. */
    public record FeedEntry(
            @Schema(requiredMode = RequiredMode.REQUIRED) long seq,
            @Schema(requiredMode = RequiredMode.REQUIRED) String originSite,
            @Schema(requiredMode = RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String wallet,
            @Schema(requiredMode = RequiredMode.REQUIRED) long balanceFen) {
    }

    /** Entries after the cursor in order; {@code lastSeq}: the feed's end, so the site knows when it caught up. */
    public record DownReply(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<FeedEntry> entries,
            @Schema(requiredMode = RequiredMode.REQUIRED) long lastSeq) {
    }
}
