package org.onecard.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.people.domain.Group;
import org.onecard.people.domain.GroupRule;
import org.onecard.people.domain.GroupRuleDraft;

/** The groups' HTTP shapes. Amounts are integer fen. */
final class GroupViews {

    private GroupViews() {
    }

    @Schema(description = "A group (分组) of people")
    record GroupView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "people in it, resigned included")
            long peopleCount) {

        static GroupView of(Group g) {
            return new GroupView(g.id(), g.name(), g.peopleCount());
        }
    }

    @Schema(description = "A page of groups, by name")
    record GroupPageView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<GroupView> items,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total) {

        static GroupPageView of(Page<Group> p) {
            return new GroupPageView(p.items().stream().map(GroupView::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(description = "A group's name, unique among groups")
    record GroupNameRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Group.MAX_NAME) @NotBlank
            @Size(max = Group.MAX_NAME) String name) {
    }

    @Schema(description = "An online transaction rule (联机交易规则) for one time window of the day;"
            + " terminals apply it to the group's online transactions")
    record GroupRuleView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long groupId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "06:30:00")
            LocalTime windowStart,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "09:00:00",
                    description = "inclusive") LocalTime windowEnd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = no limit") int countLimit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = no limit") long perTransactionLimitFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = no limit") long dailyLimitFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-100; 100 = full price")
            int discountPercent) {

        static GroupRuleView of(GroupRule r) {
            GroupRuleDraft t = r.terms();
            return new GroupRuleView(r.id(), r.groupId(), t.windowStart(), t.windowEnd(), t.countLimit(),
                    t.perTransactionLimitFen(), t.dailyLimitFen(), t.discountPercent());
        }
    }

    @Schema(description = "The terms of a group rule. Windows of one group may not overlap; a window over"
            + " midnight is two rules.")
    record GroupRuleRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "06:30:00")
            @NotNull LocalTime windowStart,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "09:00:00")
            @NotNull LocalTime windowEnd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = no limit")
            @NotNull @PositiveOrZero Integer countLimit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = no limit")
            @NotNull @PositiveOrZero Long perTransactionLimitFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = no limit")
            @NotNull @PositiveOrZero Long dailyLimitFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "100")
            @NotNull @Min(1) @Max(100) Integer discountPercent) {

        GroupRuleDraft draft() {
            return new GroupRuleDraft(windowStart, windowEnd, countLimit, perTransactionLimitFen, dailyLimitFen,
                    discountPercent);
        }
    }
}
