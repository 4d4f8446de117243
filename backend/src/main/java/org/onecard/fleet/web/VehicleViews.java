package org.onecard.fleet.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.common.outcome.Page;
import org.onecard.fleet.domain.CylinderChange;
import org.onecard.fleet.domain.Plates;
import org.onecard.fleet.domain.Vehicle;
import org.onecard.fleet.domain.VehicleDraft;

/** The HTTP shapes of vehicles, their cylinder inspection history and their cards. */
final class VehicleViews {

    private VehicleViews() {
    }

    @Schema(description = "A vehicle (车辆) of a gas station")
    record VehicleView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "normalised: upper case, no separators")
            String plate,
            String driverName,
            String driverIdNo,
            String phone,
            String ownerName,
            String vehicleType,
            Long fleetId,
            String fleetCode,
            String fleetName,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate cylinderDueOn,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "today is after the due date: its cards are refused")
            boolean cylinderOverdue,
            @Schema(requiredMode = RequiredMode.REQUIRED) long cardCount) {

        static VehicleView of(Vehicle v, LocalDate today) {
            return new VehicleView(v.id(), v.plate(), v.driverName(), v.driverIdNo(), v.phone(), v.ownerName(),
                    v.vehicleType(), v.fleetId(), v.fleetCode(), v.fleetName(), v.cylinderDueOn(),
                    v.cylinderOverdue(today), v.cardCount());
        }
    }

    @Schema(description = "A page of vehicles, by plate")
    record VehiclePageView(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<VehicleView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {

        static VehiclePageView of(Page<Vehicle> p, LocalDate today) {
            return new VehiclePageView(p.items().stream().map(v -> VehicleView.of(v, today)).toList(), p.page(),
                    p.size(), p.total());
        }
    }

    @Schema(description = "A vehicle's details. The plate is a Chinese plate (8005), unique (8006); the driver's ID"
            + " number must have a matching check digit (8007). cylinderDueOn is required when registering; an update"
            + " may leave it out or repeat it, but not change it (8008)")
    record VehicleRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "粤B12345") @NotBlank @Size(max = MAX_PLATE_INPUT) String plate,
            @Schema(maxLength = VehicleDraft.MAX_DRIVER) @Size(max = VehicleDraft.MAX_DRIVER) String driverName,
            @Schema(maxLength = 18) @Size(max = 20) String driverIdNo,
            @Schema(maxLength = VehicleDraft.MAX_PHONE) @Size(max = VehicleDraft.MAX_PHONE) String phone,
            @Schema(maxLength = VehicleDraft.MAX_OWNER) @Size(max = VehicleDraft.MAX_OWNER) String ownerName,
            @Schema(maxLength = VehicleDraft.MAX_TYPE) @Size(max = VehicleDraft.MAX_TYPE) String vehicleType,
            @Positive Long fleetId,
            LocalDate cylinderDueOn) {

        VehicleDraft draft() {
            return new VehicleDraft(plate, driverName, driverIdNo, phone, ownerName, vehicleType, fleetId,
                    cylinderDueOn);
        }
    }

    @Schema(description = "A new cylinder inspection due date and why")
    record CylinderRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull LocalDate dueOn,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = CylinderChange.MAX_NOTE) @NotBlank
            @Size(max = CylinderChange.MAX_NOTE) String note) {
    }

    @Schema(description = "One change of a vehicle's cylinder inspection due date")
    record CylinderChangeView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate oldDueOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate newDueOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) String note,
            @Schema(requiredMode = RequiredMode.REQUIRED) long operatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String operatorName,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant changedAt) {

        static CylinderChangeView of(CylinderChange c) {
            return new CylinderChangeView(c.id(), c.oldDueOn(), c.newDueOn(), c.note(), c.operatorId(),
                    c.operatorName(), c.changedAt());
        }
    }

    @Schema(description = "A card bound to a vehicle")
    record VehicleCardView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String serial,
            @Schema(requiredMode = RequiredMode.REQUIRED) long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "effective status") CardStatus status,
            @Schema(description = "the vehicle's plate; none once unbound") String plate) {

        static VehicleCardView of(CardRecord c, LocalDate today) {
            return new VehicleCardView(c.id(), c.cardNo(), c.serial(), c.personId(), c.state().effective(today),
                    c.vehicle() == null ? null : c.vehicle().plate());
        }
    }

    static final int MAX_PLATE_INPUT = Plates.MAX_LENGTH + 12;
}
