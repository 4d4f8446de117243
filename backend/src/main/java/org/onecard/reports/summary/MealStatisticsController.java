package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.MealStatistics.Line;
import org.onecard.reports.summary.MealStatistics.Meal;
import org.onecard.reports.summary.MealStatistics.Report;
import org.onecard.reports.summary.MealStatisticsStore.By;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class MealStatisticsController {

    private final MealStatistics statistics;

    MealStatisticsController(MealStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/meal-statistics/people")
    @PreAuthorize("hasAuthority('ledger:read') or hasAuthority('cards:read')")
    @Operation(operationId = "mealStatisticsByPerson",
            summary = "Meals per person and meal period over a date range, in your department scope (at most 366 days)")
    Mono<MealStatisticsView> people(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @Parameter(description = "a department and those under it, by code")
                                    @RequestParam(required = false) String departmentCode,
                                    @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(statistics.of(By.PERSON, from, to, departmentCode, user), MealStatisticsView::of);
    }

    @GetMapping("/meal-statistics/departments")
    @PreAuthorize("hasAuthority('ledger:read') or hasAuthority('cards:read')")
    @Operation(operationId = "mealStatisticsByDepartment",
            summary = "Meals per department (its own people) and meal period over a date range (at most 366 days)")
    Mono<MealStatisticsView> departments(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) String departmentCode,
                                         @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(statistics.of(By.DEPARTMENT, from, to, departmentCode, user), MealStatisticsView::of);
    }

    @Schema(description = "One meal period's meals; mealPeriodId null: outside every period")
    record MealTally(Integer mealPeriodId,
                     @Schema(description = "null with mealPeriodId") String mealName,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long count,
                     @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static List<MealTally> of(List<Meal> meals) {
            return meals.stream().map(m -> new MealTally(m.mealPeriodId(), m.mealName(), m.count(), m.amountFen())).toList();
        }
    }

    @Schema(description = "A person (code = employee number) or department (code = department code)")
    record MealStatisticsLine(@Schema(description = "null: payment-code sales, no person") Long id,
                              String code,
                              String name,
                              @Schema(requiredMode = RequiredMode.REQUIRED) List<MealTally> meals,
                              @Schema(requiredMode = RequiredMode.REQUIRED) long count,
                              @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static MealStatisticsLine of(Line l) {
            return new MealStatisticsLine(l.id(), l.code(), l.name(), MealTally.of(l.meals()), l.count(), l.amountFen());
        }
    }

    @Schema(description = "Meal statistics (就餐统计) with totals per meal and overall")
    record MealStatisticsView(@Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
                              @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
                              @Schema(requiredMode = RequiredMode.REQUIRED) List<MealStatisticsLine> lines,
                              @Schema(requiredMode = RequiredMode.REQUIRED) List<MealTally> totalsByMeal,
                              @Schema(requiredMode = RequiredMode.REQUIRED) long count,
                              @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static MealStatisticsView of(Report r) {
            return new MealStatisticsView(r.range().from(), r.range().to(),
                    r.lines().stream().map(MealStatisticsLine::of).toList(), MealTally.of(r.totalsByMeal()), r.count(),
                    r.amountFen());
        }
    }
}
