package org.onecard.fleet.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.fleet.domain.Fleet;
import org.onecard.fleet.domain.FleetDraft;
import org.onecard.fleet.domain.FleetState;

/** The HTTP shapes of fleet companies. */
final class FleetViews {

    private FleetViews() {
    }

    @Schema(description = "A fleet company (车队/单位) of a gas station")
    record FleetView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "fixed once created") String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            String contactName,
            String phone,
            String address,
            @Schema(requiredMode = RequiredMode.REQUIRED) FleetState state,
            @Schema(requiredMode = RequiredMode.REQUIRED) long vehicleCount) {

        static FleetView of(Fleet f) {
            return new FleetView(f.id(), f.code(), f.name(), f.contactName(), f.phone(), f.address(), f.state(),
                    f.vehicleCount());
        }
    }

    @Schema(description = "A page of fleet companies, by code")
    record FleetPageView(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<FleetView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {

        static FleetPageView of(Page<Fleet> p) {
            return new FleetPageView(p.items().stream().map(FleetView::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(description = "A fleet company's details; the code is unique, upper-cased, and an update must repeat it"
            + " unchanged (8001)")
    record FleetRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = FleetDraft.MAX_CODE) @NotBlank
            @Size(max = FleetDraft.MAX_CODE) String code,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = FleetDraft.MAX_NAME) @NotBlank
            @Size(max = FleetDraft.MAX_NAME) String name,
            @Schema(maxLength = FleetDraft.MAX_CONTACT) @Size(max = FleetDraft.MAX_CONTACT) String contactName,
            @Schema(maxLength = FleetDraft.MAX_PHONE) @Size(max = FleetDraft.MAX_PHONE) String phone,
            @Schema(maxLength = FleetDraft.MAX_ADDRESS) @Size(max = FleetDraft.MAX_ADDRESS) String address,
            @Schema(description = "ACTIVE when left out") FleetState state) {

        FleetDraft draft() {
            return new FleetDraft(code, name, contactName, phone, address, state);
        }
    }
}
