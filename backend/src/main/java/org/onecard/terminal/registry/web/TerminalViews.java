package org.onecard.terminal.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecard.common.outcome.Page;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.live.domain.LiveState;
import org.onecard.terminal.lists.application.ListVersions.ListState;
import org.onecard.terminal.lists.domain.ListKind;
import org.onecard.terminal.registry.application.TerminalStatuses.Status;
import org.onecard.terminal.registry.domain.KeyedTerminal;
import org.onecard.terminal.registry.domain.Terminal;
import org.onecard.terminal.registry.domain.TerminalDraft;
import org.onecard.terminal.registry.web.ModeViews.TerminalKeyValue;
import org.onecard.terminal.registry.web.ModeViews.TerminalModeSwitch;
import org.onecard.terminal.registry.web.ModeViews.TerminalTimeSegment;
import org.onecard.terminal.registry.web.ModeViews.TerminalTimedTariff;

/** The HTTP shapes of the terminal registry. No shape but {@link TerminalKeyView} carries a key. */
final class TerminalViews {

    private static final String MODE_VALUES = "required when the terminal works in this value's mode (registered or"
            + " by a switch), absent otherwise: FIXED_BY_SEGMENT segments (at most 24, not overlapping), KEY_VALUE"
            + " keys, TIMED tariff";

    private TerminalViews() {
    }

    @Schema(description = "A registered terminal (设备); its MAC key is never shown here")
    record TerminalView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999") int machineNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the terminal id of ISO 8583 field 41:"
                    + " the machine number as 8 digits") String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) String serial,
            String model,
            @Schema(requiredMode = RequiredMode.REQUIRED) TerminalPurpose purpose,
            @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
            @Schema(requiredMode = RequiredMode.REQUIRED) WorkMode mode,
            @Schema(description = "the amount of the FIXED mode") Long fixedAmountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "FIXED_BY_SEGMENT's segments, by start")
            List<TerminalTimeSegment> segments,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "KEY_VALUE's keys, by number")
            List<TerminalKeyValue> keyValues,
            @Schema(description = "TIMED's tariff") TerminalTimedTariff timedTariff,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "automatic switches of mode by time of day,"
                    + " by start") List<TerminalModeSwitch> modeSwitches,
            @Schema(requiredMode = RequiredMode.REQUIRED) int sameCardIntervalSeconds,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean enabled,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "counts up with every key rotation")
            int keyVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant updatedAt,
            @Schema(description = "when the terminal last talked to the server (any message, echo included)")
            Instant lastSeenAt,
            @Schema(description = "its last trace number; absent while it never transacted") Integer lastTrace,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "it has a connection to this server now")
            boolean online,
            @Schema(description = "when it last sent a transaction (server time)") Instant lastTransactionAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "each list: the version it holds and the latest")
            List<TerminalListView> lists) {

        static TerminalView of(Terminal t, Status status) {
            LiveState live = status.live();
            return new TerminalView(t.id(), t.machineNo(), t.code(), t.serial(), t.model(), t.purpose(),
                    t.outletId(), t.outletName(), t.mode(), t.fixedAmountFen(), ModeViews.segments(t.setup()),
                    ModeViews.keys(t.setup()), ModeViews.tariff(t.setup()), ModeViews.switches(t.setup()),
                    t.sameCardIntervalSeconds(),
                    t.enabled(), t.keyVersion(), t.createdAt(), t.updatedAt(), live.lastSeenAt(), live.lastTrace(),
                    live.online(), live.lastTransactionAt(), status.lists().stream().map(TerminalListView::of).toList());
        }
    }

    @Schema(description = "A list (名单) on a terminal: the version it last said it holds, beside the latest")
    record TerminalListView(
            @Schema(requiredMode = RequiredMode.REQUIRED) ListKind kind,
            @Schema(description = "absent while the terminal never asked for this list") Long heldVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "0 while the list never changed")
            long latestVersion,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean upToDate,
            @Schema(description = "when the terminal last said which version it holds") Instant reportedAt) {

        static TerminalListView of(ListState s) {
            return new TerminalListView(s.kind(), s.heldVersion(), s.latestVersion(), s.upToDate(), s.reportedAt());
        }
    }

    @Schema(description = "A terminal with its new MAC key: the only answer that shows the key. Load it into"
            + " the terminal now; it cannot be read again, only rotated")
    record TerminalKeyView(
            @Schema(requiredMode = RequiredMode.REQUIRED) TerminalView terminal,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the HMAC-SHA256 key, 32 bytes as 64"
                    + " lower-case hex digits", minLength = 64, maxLength = 64) String macKey,
            @Schema(requiredMode = RequiredMode.REQUIRED) int keyVersion) {

        static TerminalKeyView of(KeyedTerminal k, Status status) {
            return new TerminalKeyView(TerminalView.of(k.terminal(), status), k.key().hex(), k.terminal().keyVersion());
        }
    }

    @Schema(description = "A page of terminals, by machine number")
    record TerminalPageView(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<TerminalView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {

        static TerminalPageView of(Page<Terminal> p, Map<Long, Status> statuses) {
            return new TerminalPageView(p.items().stream().map(t -> TerminalView.of(t, statuses.get(t.id()))).toList(),
                    p.page(), p.size(), p.total());
        }
    }

    @Schema(description = "A new terminal; machine number and serial are unique. Its MAC key is generated")
    record TerminalCreateRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999") @NotNull Integer machineNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = TerminalDraft.MAX_SERIAL,
                    pattern = "^[A-Za-z0-9._-]+$") @NotBlank @Size(max = TerminalDraft.MAX_SERIAL) String serial,
            @Schema(maxLength = TerminalDraft.MAX_MODEL) @Size(max = TerminalDraft.MAX_MODEL) String model,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull TerminalPurpose purpose,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull WorkMode mode,
            @Schema(description = "required in the FIXED mode (1 to 999999), absent otherwise") Long fixedAmountFen,
            @Schema(description = "seconds before the same card may pay again here; 0 (default) means none",
                    minimum = "0", maximum = "3600") Integer sameCardIntervalSeconds,
            @Schema(description = MODE_VALUES) @Size(max = 100) List<TerminalTimeSegment> segments,
            @Schema(description = MODE_VALUES) @Size(max = 100) List<TerminalKeyValue> keyValues,
            @Schema(description = MODE_VALUES) TerminalTimedTariff timedTariff,
            @Schema(description = "parts of the day with another mode; at most 12, not overlapping") @Size(max = 100)
            List<TerminalModeSwitch> modeSwitches) {

        TerminalDraft draft() {
            return new TerminalDraft(serial, model, purpose, outletId, mode, fixedAmountFen, sameCardIntervalSeconds,
                    ModeViews.setup(segments, keyValues, timedTariff, modeSwitches));
        }
    }

    @Schema(description = "A terminal's new details; machine number and key do not change here")
    record TerminalUpdateRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = TerminalDraft.MAX_SERIAL,
                    pattern = "^[A-Za-z0-9._-]+$") @NotBlank @Size(max = TerminalDraft.MAX_SERIAL) String serial,
            @Schema(maxLength = TerminalDraft.MAX_MODEL) @Size(max = TerminalDraft.MAX_MODEL) String model,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull TerminalPurpose purpose,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull WorkMode mode,
            @Schema(description = "required in the FIXED mode (1 to 999999), absent otherwise") Long fixedAmountFen,
            @Schema(description = "seconds before the same card may pay again here; 0 (default) means none",
                    minimum = "0", maximum = "3600") Integer sameCardIntervalSeconds,
            @Schema(description = MODE_VALUES) @Size(max = 100) List<TerminalTimeSegment> segments,
            @Schema(description = MODE_VALUES) @Size(max = 100) List<TerminalKeyValue> keyValues,
            @Schema(description = MODE_VALUES) TerminalTimedTariff timedTariff,
            @Schema(description = "parts of the day with another mode; at most 12, not overlapping") @Size(max = 100)
            List<TerminalModeSwitch> modeSwitches) {

        TerminalDraft draft() {
            return new TerminalDraft(serial, model, purpose, outletId, mode, fixedAmountFen, sameCardIntervalSeconds,
                    ModeViews.setup(segments, keyValues, timedTariff, modeSwitches));
        }
    }
}
