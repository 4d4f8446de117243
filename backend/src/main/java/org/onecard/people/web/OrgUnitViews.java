package org.onecard.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.people.application.OrgUnits;
import org.onecard.people.domain.OrgUnit;

/** The organisation tree's HTTP shapes. */
final class OrgUnitViews {

    private OrgUnitViews() {
    }

    @Schema(description = "A department (部门)")
    record OrgUnitView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the path from the root: 0, then two digits per level (001, 00301)") String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(description = "null for the root") Long parentId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long childCount,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "people in this department itself,"
                    + " resigned included") long peopleCount) {

        static OrgUnitView of(OrgUnits.Details d) {
            OrgUnit u = d.unit();
            return new OrgUnitView(u.id(), u.code(), u.name(), u.parentId(), d.childCount(), d.peopleCount());
        }
    }

    @Schema(description = "A department in the tree, with the departments under it")
    record OrgUnitTreeNodeView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            Long parentId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<OrgUnitTreeNodeView> children) {
    }

    @Schema(description = "The departments you may see, nested; a scoped operator's scoped departments are the roots")
    record OrgUnitTreeView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<OrgUnitTreeNodeView> roots,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int unitCount,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "true when there were more departments than onecard.people.max-tree-units")
            boolean truncated) {

        /** Units in code order, so every parent comes before its children. */
        static OrgUnitTreeView of(OrgUnits.Listing listing) {
            Map<Long, List<OrgUnitTreeNodeView>> childrenOf = new LinkedHashMap<>();
            List<OrgUnitTreeNodeView> roots = new ArrayList<>();
            for (OrgUnit u : listing.units()) {
                List<OrgUnitTreeNodeView> children = new ArrayList<>();
                childrenOf.put(u.id(), children);
                OrgUnitTreeNodeView node = new OrgUnitTreeNodeView(u.id(), u.code(), u.name(), u.parentId(), children);
                List<OrgUnitTreeNodeView> siblings = u.parentId() == null ? null : childrenOf.get(u.parentId());
                (siblings == null ? roots : siblings).add(node);
            }
            return new OrgUnitTreeView(roots, listing.units().size(), listing.truncated());
        }
    }

    @Schema(description = "A new department. Without parentId it is the root (code 0), which can exist once.")
    record OrgUnitCreateRequest(
            @Schema(description = "the department to create it under") @Positive Long parentId,
            @Schema(description = "two digits 01-99 appended to the parent's code; omit for the lowest free one")
            @Pattern(regexp = "(0[1-9]|[1-9][0-9])", message = "must be two digits from 01 to 99") String suffix,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) @NotBlank @Size(max = 100)
            String name) {
    }

    @Schema(description = "A new name. A department cannot move: its code is its place in the tree.")
    record OrgUnitRenameRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) @NotBlank @Size(max = 100)
            String name) {
    }
}
