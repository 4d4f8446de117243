package org.onecard.reports.statement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.reports.statement.MonthlyStatements;
import org.onecard.reports.statement.StatementMonth;
import org.onecard.reports.statement.StatementScope;
import org.onecard.reports.statement.web.StatementViews.StatementPageView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class StatementController {

    private final MonthlyStatements statements;

    StatementController(MonthlyStatements statements) {
        this.statements = statements;
    }

    @GetMapping("/monthly-statement")
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "monthlyStatement",
            summary = "Monthly statement (月结账单): opening + income - expense = closing per cardholder, with totals")
    Mono<StatementPageView> monthlyStatement(
            @Parameter(description = "accounting month, YYYY-MM") @RequestParam String month,
            @Parameter(description = "only this person") @RequestParam(required = false) Long personId,
            @Parameter(description = "only this department and its sub-departments")
            @RequestParam(required = false) Long departmentId,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "cardholders per page; more than 500 gives 500")
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            return Mono.error(invalid("page", "must be 0 or more"));
        }
        if (size < 1) {
            return Mono.error(invalid("size", "must be 1 or more"));
        }
        return Mono.defer(() -> statements.page(StatementMonth.parse(month), StatementScope.of(personId, departmentId),
                page, size)).map(StatementPageView::of);
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ResultCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }
}
