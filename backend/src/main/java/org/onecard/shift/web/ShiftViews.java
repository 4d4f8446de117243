package org.onecard.shift.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.util.List;
import org.onecard.shift.application.HandOvers.Recorded;
import org.onecard.shift.domain.HandOver;
import org.onecard.shift.domain.HandOverDraft;
import org.onecard.shift.domain.Nozzle;
import org.onecard.shift.domain.NozzleShift;
import org.onecard.shift.domain.Reading;
import org.onecard.shift.domain.ShiftTeam;

/** JSON shapes of nozzles, shift teams and hand-overs. Volumes are hundredths of the product's unit. */
final class ShiftViews {

    private ShiftViews() {
    }

    @Schema(name = "NozzleRequest", description = "A new nozzle of a dispenser")
    record NozzleRequest(@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "99") Integer nozzleNo,
                         @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 50, example = "CNG") String productName) {
    }

    @Schema(name = "NozzleView", description = "A dispenser's nozzle and its last totaliser readings")
    record NozzleView(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
                      @Schema(requiredMode = RequiredMode.REQUIRED) long terminalId,
                      @Schema(requiredMode = RequiredMode.REQUIRED) int nozzleNo,
                      @Schema(requiredMode = RequiredMode.REQUIRED) String productName,
                      @Schema(requiredMode = RequiredMode.REQUIRED) boolean enabled,
                      @Schema(requiredMode = RequiredMode.REQUIRED, description = "somebody is on shift there") boolean onShift,
                      @Schema(description = "totaliser volume at the last hand-over") Long lastVolume,
                      @Schema(description = "totaliser amount at the last hand-over") Long lastAmountFen) {

        static NozzleView of(Nozzle n) {
            return new NozzleView(n.id(), n.terminalId(), n.nozzleNo(), n.productName(), n.enabled(),
                    n.openShiftId() != null, n.lastVolume(), n.lastAmountFen());
        }
    }

    @Schema(name = "ShiftTeamRequest", description = "A new shift team (班组) of a station")
    record TeamRequest(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 16, example = "A") String code,
                       @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "甲班") String name,
                       @Schema(requiredMode = RequiredMode.REQUIRED) Long outletId) {
    }

    @Schema(name = "ShiftTeamMemberRequest", description = "A staff card (kind SHIFT) joining a team")
    record MemberRequest(@Schema(requiredMode = RequiredMode.REQUIRED) String serial) {
    }

    @Schema(name = "ShiftTeamMemberView")
    record MemberView(@Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
                      @Schema(requiredMode = RequiredMode.REQUIRED) String serial, String holderName) {
    }

    @Schema(name = "ShiftTeamView", description = "A shift team and its staff cards")
    record TeamView(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
                    @Schema(requiredMode = RequiredMode.REQUIRED) String code,
                    @Schema(requiredMode = RequiredMode.REQUIRED) String name,
                    @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                    @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
                    @Schema(requiredMode = RequiredMode.REQUIRED) List<MemberView> members) {

        static TeamView of(ShiftTeam t) {
            return new TeamView(t.id(), t.code(), t.name(), t.outletId(), t.outletName(), t.members().stream()
                    .map(m -> new MemberView(m.cardId(), m.serial(), m.holderName())).toList());
        }
    }

    @Schema(name = "NozzleReading", description = "A nozzle's totaliser: volume (0.01 unit) and amount (fen)")
    record ReadingView(@Schema(requiredMode = RequiredMode.REQUIRED) int nozzleNo,
                       @Schema(requiredMode = RequiredMode.REQUIRED) long volume,
                       @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {
    }

    @Schema(name = "ShiftHandOverRequest", description = "The outgoing card ends its shifts on the nozzles read,"
            + " the incoming one starts new ones; at least one of the two")
    record HandOverRequest(String outgoingSerial, String incomingSerial,
                           @Schema(description = "when it happened; now when left out") Instant occurredAt,
                           @Schema(requiredMode = RequiredMode.REQUIRED) List<ReadingView> readings) {

        HandOverDraft draft() {
            return new HandOverDraft(outgoingSerial, incomingSerial, occurredAt, readings == null ? List.of()
                    : readings.stream().map(r -> r == null ? null : new Reading(r.nozzleNo(), r.volume(),
                            r.amountFen())).toList());
        }
    }

    @Schema(name = "NozzleShiftView", description = "A staff card's shift on a nozzle; end fields empty while open")
    record ShiftView(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long terminalId,
                     @Schema(requiredMode = RequiredMode.REQUIRED) int machineNo,
                     @Schema(requiredMode = RequiredMode.REQUIRED) int nozzleNo,
                     @Schema(requiredMode = RequiredMode.REQUIRED) String productName,
                     @Schema(requiredMode = RequiredMode.REQUIRED) String cardSerial, String holderName,
                     @Schema(requiredMode = RequiredMode.REQUIRED) String teamName,
                     @Schema(requiredMode = RequiredMode.REQUIRED) Instant startedAt,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long startVolume,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long startAmountFen,
                     @Schema(requiredMode = RequiredMode.REQUIRED,
                             description = "the start differs from the previous shift's end (kept as read)")
                     boolean startMismatch,
                     Long previousEndVolume, Long previousEndAmountFen, Instant endedAt, Long endVolume,
                     Long endAmountFen, Long dispensedVolume, Long dispensedAmountFen) {

        static ShiftView of(NozzleShift s) {
            return new ShiftView(s.id(), s.terminalId(), s.machineNo(), s.nozzleNo(), s.productName(),
                    s.cardSerial(), s.holderName(), s.teamName(), s.startedAt(), s.startVolume(), s.startAmountFen(),
                    s.startMismatch(), s.prevEndVolume(), s.prevEndAmountFen(), s.endedAt(), s.endVolume(),
                    s.endAmountFen(), s.dispensedVolume(), s.dispensedAmountFen());
        }
    }

    @Schema(name = "ShiftHandOverView", description = "A hand-over; mismatch: a shift it started differs from the last end")
    record HandOverView(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long terminalId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) int machineNo,
                        String outgoingSerial, String incomingSerial,
                        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"TERMINAL", "ADMIN"}) String source,
                        String recordedBy,
                        @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
                        @Schema(requiredMode = RequiredMode.REQUIRED) boolean mismatch) {

        static HandOverView of(HandOver h) {
            return new HandOverView(h.id(), h.terminalId(), h.machineNo(), h.outgoingSerial(), h.incomingSerial(),
                    h.source(), h.recordedBy(), h.occurredAt(), h.mismatch());
        }
    }

    @Schema(name = "ShiftHandOverDetailView", description = "A hand-over and the shifts it ended and started")
    record RecordedView(@Schema(requiredMode = RequiredMode.REQUIRED) HandOverView handOver,
                        @Schema(requiredMode = RequiredMode.REQUIRED) List<ShiftView> shifts) {

        static RecordedView of(Recorded r) {
            return new RecordedView(HandOverView.of(r.handOver()), r.shifts().stream().map(ShiftView::of).toList());
        }
    }
}
