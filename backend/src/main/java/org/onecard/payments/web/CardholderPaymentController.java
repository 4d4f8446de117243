package org.onecard.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.onecard.audit.ClientAddresses;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.identity.CurrentUser;
import org.onecard.payments.OrderFollowUp;
import org.onecard.payments.PaymentOrders;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.persistence.OrderStore;
import org.onecard.payments.web.PaymentViews.CreatePaymentOrderRequest;
import org.onecard.payments.web.PaymentViews.PaymentOrderView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
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

/** The mobile page's recharge through WeChat Pay or Alipay, for the signed-in cardholder only. */
@RestController
@RequestMapping("/api/h5/payments/orders")
@Tag(name = "cardholder-payments")
class CardholderPaymentController {

    private static final int RECENT = 20;

    private final PaymentOrders orders;
    private final OrderFollowUp followUp;
    private final OrderStore store;
    private final ClientAddresses addresses;

    CardholderPaymentController(PaymentOrders orders, OrderFollowUp followUp, OrderStore store,
                                ClientAddresses addresses) {
        this.orders = orders;
        this.followUp = followUp;
        this.store = store;
        this.addresses = addresses;
    }

    @PostMapping
    @Operation(operationId = "createPaymentOrder",
            summary = "Open a recharge order at WeChat Pay or Alipay: mode QR (default) shows payUrl as a QR code,"
                    + " H5 (WeChat) / WAP (Alipay) sends the phone to payUrl, JSAPI (WeChat, with openid) gives"
                    + " WeixinJSBridge's parameters as JSON in payUrl (201, or 200 on a retry)")
    Mono<ResponseEntity<PaymentOrderView>> create(@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                           @Valid @RequestBody CreatePaymentOrderRequest request,
                                           @AuthenticationPrincipal CurrentUser user, ServerHttpRequest http) {
        return orders.create(user.id(), request.channel(), request.mode(), request.amountFen(), key, addresses.of(http),
                        request.openid())
                .map(placed -> ResponseEntity.status(placed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(PaymentOrderView.of(placed.order(), placed.replayed())));
    }

    @GetMapping("/{orderNo}")
    @Operation(operationId = "getMyPaymentOrder",
            summary = "One of my orders; sync=true first asks the gateway (the page polls with it while waiting)")
    Mono<PaymentOrderView> get(@PathVariable String orderNo, @RequestParam(defaultValue = "false") boolean sync,
                        @AuthenticationPrincipal CurrentUser user) {
        Mono<?> first = sync
                ? orders.ofPerson(user.id(), orderNo).flatMap(followUp::sync).onErrorResume(
                        GatewayException.class, e -> Mono.just(false))
                : Mono.empty();
        return first.then(orders.ofPerson(user.id(), orderNo)).map(o -> PaymentOrderView.of(o, false));
    }

    @PostMapping("/{orderNo}/close")
    @Operation(operationId = "closeMyPaymentOrder",
            summary = "Give up one of my orders (cancelled in the pay sheet, changed my mind): closed at the gateway"
                    + " and here, so it no longer counts among my open orders; one paid meanwhile is credited"
                    + " instead, and a settled one is answered as it stands (502/6002 when the gateway cannot be asked)")
    Mono<PaymentOrderView> close(@PathVariable String orderNo, @AuthenticationPrincipal CurrentUser user) {
        return orders.ofPerson(user.id(), orderNo)
                .flatMap(order -> followUp.giveUp(order).onErrorMap(GatewayException.class,
                        e -> new ApiException(ResultCode.PAYMENT_GATEWAY_FAILED, "The order " + orderNo
                                + " is still open; try again. " + e.getMessage())))
                .then(orders.ofPerson(user.id(), orderNo)).map(o -> PaymentOrderView.of(o, false));
    }

    @GetMapping
    @Operation(operationId = "listMyPaymentOrders", summary = "My latest 20 orders, newest first")
    Mono<List<PaymentOrderView>> mine(@AuthenticationPrincipal CurrentUser user) {
        return store.ofPerson(user.id(), RECENT).map(o -> PaymentOrderView.of(o, false)).collectList();
    }
}
