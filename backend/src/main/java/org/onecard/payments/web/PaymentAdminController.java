package org.onecard.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.common.outcome.Page;
import org.onecard.common.outcome.Replies;
import org.onecard.common.time.BusinessClock;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.identity.CurrentUser;
import org.onecard.payments.OrderFollowUp;
import org.onecard.payments.PaymentOrders;
import org.onecard.payments.PaymentReconciliation;
import org.onecard.payments.PaymentRefunds;
import org.onecard.payments.domain.OrderStatus;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.domain.Reconciliation;
import org.onecard.payments.persistence.NotificationStore;
import org.onecard.payments.persistence.OrderStore;
import org.onecard.payments.persistence.RefundStore;
import org.onecard.payments.web.PaymentViews.NotificationOutcome;
import org.onecard.payments.web.PaymentViews.PaymentNotificationPage;
import org.onecard.payments.web.PaymentViews.PaymentOrderPage;
import org.onecard.payments.web.PaymentViews.PaymentNotificationView;
import org.onecard.payments.web.PaymentViews.PaymentOrderView;
import org.onecard.payments.web.PaymentViews.PaymentRefundRequest;
import org.onecard.payments.web.PaymentViews.PaymentRefundView;
import org.onecard.people.Person;
import org.onecard.people.persistence.PeopleStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Finance's view of online payments: orders, notifications received, refunds, daily reconciliation. */
@RestController
@RequestMapping("/api/payments")
@Tag(name = "payments")
class PaymentAdminController {

    /** No person has this id: an employee number that names nobody matches no order. */
    private static final long NOBODY = -1;

    private final OrderStore orders;
    private final NotificationStore notifications;
    private final PaymentOrders paymentOrders;
    private final OrderFollowUp followUp;
    private final PaymentRefunds refunds;
    private final PaymentReconciliation reconciliation;
    private final RefundStore refundStore;
    private final BusinessClock clock;
    private final PeopleStore people;

    PaymentAdminController(OrderStore orders, NotificationStore notifications, PaymentOrders paymentOrders,
                           OrderFollowUp followUp, PaymentRefunds refunds, PaymentReconciliation reconciliation,
                           RefundStore refundStore, BusinessClock clock, PeopleStore people) {
        this.people = people;
        this.refundStore = refundStore;
        this.clock = clock;
        this.orders = orders;
        this.notifications = notifications;
        this.paymentOrders = paymentOrders;
        this.followUp = followUp;
        this.refunds = refunds;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/orders")
    @PreAuthorize("hasAuthority('payments:read')")
    @Operation(operationId = "listPaymentOrders", summary = "Online payment orders, newest first, by status,"
            + " channel, order number, payer's employee number and day created; each with its payer's name")
    Mono<PaymentOrderPage> list(@RequestParam(required = false) OrderStatus status,
                                @RequestParam(required = false) PaymentChannel channel,
                                @RequestParam(required = false) String orderNo,
                                @Parameter(description = "the payer's employee number (any case); none such: no orders")
                                @RequestParam(required = false) String employeeNo,
                                @Parameter(description = "created on or after this day (business time zone)")
                                @RequestParam(required = false) LocalDate from,
                                @Parameter(description = "created on or before this day (business time zone)")
                                @RequestParam(required = false) LocalDate to,
                                @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "rows per page; more than 200 gives 200")
                                @RequestParam(defaultValue = "50") int size) {
        int limit = Page.cap(size);
        String payer = blankToNull(employeeNo);
        Mono<Optional<Long>> person = payer == null ? Mono.just(Optional.empty())
                : people.findIdByEmployeeNo(payer.trim().toUpperCase(Locale.ROOT)).map(Optional::of)
                        .defaultIfEmpty(Optional.of(NOBODY));
        return Replies.checkPage(page, size).then(person).flatMap(who -> {
            var filter = new OrderStore.Filter(status, channel, blankToNull(orderNo),
                    from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant(), who.orElse(null));
            return Mono.zip(orders.list(filter, (long) page * limit, limit).collectList().flatMap(this::withPayers),
                    orders.count(filter)).map(t -> new PaymentOrderPage(t.getT1(), page, limit, t.getT2()));
        });
    }

    /** The orders with their payers' employee numbers and names, read in one statement. */
    private Mono<List<PaymentOrderView>> withPayers(List<PaymentOrder> page) {
        Set<Long> ids = page.stream().map(PaymentOrder::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        return people.findPeople(ids).collectMap(Person::id).map(payers -> page.stream()
                .map(o -> PaymentOrderView.of(o, false, o.personId() == null ? null : payers.get(o.personId())))
                .toList());
    }

    @GetMapping("/orders/{orderNo}")
    @PreAuthorize("hasAuthority('payments:read')")
    @Operation(operationId = "getPaymentOrder", summary = "One online payment order")
    Mono<PaymentOrderView> get(@PathVariable String orderNo) {
        return paymentOrders.find(orderNo).map(o -> PaymentOrderView.of(o, false));
    }

    @PostMapping("/orders/{orderNo}/query")
    @PreAuthorize("hasAuthority('payments:read')")
    @Operation(operationId = "queryPaymentOrder",
            summary = "Ask the gateway about the order now; a payment found is credited (once) as a notification would")
    Mono<PaymentOrderView> query(@PathVariable String orderNo) {
        return paymentOrders.find(orderNo).flatMap(followUp::sync)
                .then(paymentOrders.find(orderNo)).map(o -> PaymentOrderView.of(o, false));
    }

    @GetMapping("/orders/{orderNo}/refunds")
    @PreAuthorize("hasAuthority('payments:read')")
    @Operation(operationId = "listPaymentOrderRefunds", summary = "The refunds of one order, oldest first")
    Mono<List<PaymentRefundView>> refundsOf(@PathVariable String orderNo) {
        return paymentOrders.find(orderNo).flatMap(o -> refundStore.ofOrder(o.id())
                .map(r -> PaymentRefundView.of(r, o.orderNo(), false)).collectList());
    }

    @GetMapping("/notifications")
    @PreAuthorize("hasAuthority('payments:read')")
    @Operation(operationId = "listPaymentNotifications", summary = "Notifications the gateways sent, newest first")
    Mono<PaymentNotificationPage> notifications(@RequestParam(required = false) PaymentChannel channel,
                                                @RequestParam(required = false) String orderNo,
                                                @RequestParam(required = false) NotificationOutcome outcome,
                                                @Parameter(description = "0-based page number")
                                                @RequestParam(defaultValue = "0") int page,
                                                @Parameter(description = "rows per page; more than 200 gives 200")
                                                @RequestParam(defaultValue = "50") int size) {
        int limit = Page.cap(size);
        var filter = new NotificationStore.Filter(channel, blankToNull(orderNo), outcome == null ? null : outcome.name());
        return Replies.checkPage(page, size).then(Mono.zip(
                notifications.list(filter, (long) page * limit, limit).map(PaymentNotificationView::of).collectList(),
                notifications.count(filter)).map(t -> new PaymentNotificationPage(t.getT1(), page, limit, t.getT2())));
    }

    @PostMapping("/orders/{orderNo}/refunds")
    @PreAuthorize("hasAuthority('payments:refund')")
    @Operation(operationId = "refundPaymentOrder",
            summary = "Refund (part of) a paid order through its gateway, from the cash wallet (201, or 200 on a retry)")
    Mono<ResponseEntity<PaymentRefundView>> refund(@PathVariable String orderNo,
                                            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                            @Valid @RequestBody PaymentRefundRequest request,
                                            @AuthenticationPrincipal CurrentUser user) {
        return refunds.refund(orderNo, request.amountFen(), request.reason(), key, user.id())
                .map(r -> ResponseEntity.status(r.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(PaymentRefundView.of(r)));
    }

    @GetMapping("/reconciliation")
    @PreAuthorize("hasAuthority('payments:read')")
    @Operation(operationId = "reconcilePayments",
            summary = "A day's gateway statement against the ledger: matched, missing on either side, amount differences")
    Mono<Reconciliation.ReconciliationReport> reconcile(@RequestParam PaymentChannel channel, @RequestParam LocalDate date) {
        return reconciliation.reconcile(channel, date);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
