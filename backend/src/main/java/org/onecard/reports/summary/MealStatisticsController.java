package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.export.XlsxDownload;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.summary.MealStatistics.Line;
import org.onecard.reports.summary.MealStatistics.Meal;
import org.onecard.reports.summary.MealStatistics.Report;
import org.onecard.reports.summary.MealStatisticsStore.By;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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

    private static final String READ = "hasAuthority('ledger:read') or hasAuthority('cards:read')";

    private final MealStatistics statistics;
    private final ReportHeading heading;

    MealStatisticsController(MealStatistics statistics, ReportHeading heading) {
        this.statistics = statistics;
        this.heading = heading;
    }

    @GetMapping("/meal-statistics/people")
    @PreAuthorize(READ)
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
    @PreAuthorize(READ)
    @Operation(operationId = "mealStatisticsByDepartment",
            summary = "Meals per department (its own people) and meal period over a date range (at most 366 days)")
    Mono<MealStatisticsView> departments(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) String departmentCode,
                                         @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(statistics.of(By.DEPARTMENT, from, to, departmentCode, user), MealStatisticsView::of);
    }

    @GetMapping(path = "/meal-statistics/people.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(READ)
    @Operation(operationId = "exportMealStatisticsByPerson", summary = "Per-person meal statistics as a workbook")
    Mono<ResponseEntity<byte[]>> exportPeople(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @RequestParam(required = false) String departmentCode,
                                              @AuthenticationPrincipal CurrentUser user) {
        return workbook(By.PERSON, from, to, departmentCode, user);
    }

    @GetMapping(path = "/meal-statistics/departments.xlsx", produces = XlsxDownload.MEDIA_TYPE)
    @PreAuthorize(READ)
    @Operation(operationId = "exportMealStatisticsByDepartment", summary = "Per-department meal statistics as a workbook")
    Mono<ResponseEntity<byte[]>> exportDepartments(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @RequestParam(required = false) String departmentCode,
                                                   @AuthenticationPrincipal CurrentUser user) {
        return workbook(By.DEPARTMENT, from, to, departmentCode, user);
    }

    private Mono<ResponseEntity<byte[]>> workbook(By by, LocalDate from, LocalDate to, String departmentCode,
                                                  CurrentUser user) {
        return Replies.of(statistics.of(by, from, to, departmentCode, user), r -> r)
                .flatMap(r -> heading.of(DailyRechargeController.EVERY_OUTLET).map(h -> {
                    ReportSheet sheet = MealStatisticsSheet.of(by, r, h);
                    return XlsxDownload.of(sheet, sheet.title() + "-" + r.range().from() + "-" + r.range().to() + ".xlsx");
                }));
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
