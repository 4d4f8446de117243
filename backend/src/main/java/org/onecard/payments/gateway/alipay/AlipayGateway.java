package org.onecard.payments.gateway.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayConfig;
import com.alipay.api.AlipayResponse;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayDataDataserviceBillDownloadurlQueryModel;
import com.alipay.api.domain.AlipayTradeCancelModel;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.domain.AlipayTradePayModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.domain.AlipayTradeWapPayModel;
import com.alipay.api.request.AlipayDataDataserviceBillDownloadurlQueryRequest;
import com.alipay.api.request.AlipayTradeCancelRequest;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.request.AlipayTradePayRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.request.AlipayTradeWapPayRequest;
import com.alipay.api.response.AlipayTradePayResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.onecard.common.money.Money;
import org.onecard.payments.domain.GatewayTrade;
import org.onecard.payments.domain.PayMode;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.gateway.CodePayment;
import org.onecard.payments.gateway.CodePayment.Reason;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.gateway.Payer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Alipay through the official alipay-sdk-java: precreate (qr_code), WAP pay (a signed GET address
 * for a phone's browser, built by the SDK's pageExecute), payment-code pay (trade.pay,
 * scene bar_code) and cancel, query, close, refund, bill download. The SDK checks every answer's
 * signature with Alipay's public key; one that does not verify is an AlipayApiException.
 */
public class AlipayGateway implements GatewayClient {

    static final ZoneId ALIPAY_ZONE = ZoneId.of("Asia/Shanghai");

    private final AlipaySettings settings;
    private final AlipayClient client;
    private final Duration timeout;

    public AlipayGateway(AlipaySettings settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
        AlipayConfig config = new AlipayConfig();
        config.setServerUrl(settings.gatewayUrl());
        config.setAppId(settings.appId());
        config.setPrivateKey(settings.privateKey());
        config.setAlipayPublicKey(settings.alipayPublicKey());
        config.setFormat("json");
        config.setCharset("UTF-8");
        config.setSignType("RSA2");
        config.setConnectTimeout((int) timeout.toMillis());
        config.setReadTimeout((int) timeout.toMillis());
        try {
            this.client = new DefaultAlipayClient(config);
        } catch (AlipayApiException e) {
            throw new IllegalArgumentException("Alipay settings do not work: " + e.getMessage(), e);
        }
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.ALIPAY;
    }

    @Override
    public String appId() {
        return settings.appId();
    }

    @Override
    public String merchantId() {
        return settings.sellerId();
    }

    @Override
    public Mono<String> prepay(PaymentOrder order, String subject, String notifyUrl, Payer payer) {
        if (order.payMode() == PayMode.WAP) {
            return wap(order, subject, notifyUrl, payer);
        }
        AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
        model.setOutTradeNo(order.orderNo());
        model.setTotalAmount(Money.ofFen(order.amountFen()).toYuanString());
        model.setSubject(subject);
        // the QR code must die with the order: a precreated trade nobody scanned cannot be closed
        model.setTimeoutExpress(timeoutExpress(order));
        AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
        request.setBizModel(model);
        request.setNotifyUrl(notifyUrl);
        return call("precreate", () -> succeeded("precreate", client.execute(request)).getQrCode());
    }

    /**
     * WAP pay: nothing is sent to Alipay yet. The SDK signs the whole request into one GET address;
     * the phone opening it starts the trade, and Alipay sends it back to return_url afterwards.
     */
    private Mono<String> wap(PaymentOrder order, String subject, String notifyUrl, Payer payer) {
        AlipayTradeWapPayModel model = new AlipayTradeWapPayModel();
        model.setOutTradeNo(order.orderNo());
        model.setTotalAmount(Money.ofFen(order.amountFen()).toYuanString());
        model.setSubject(subject);
        model.setProductCode("QUICK_WAP_WAY");
        model.setTimeoutExpress(timeoutExpress(order));
        model.setQuitUrl(payer.returnUrl());
        AlipayTradeWapPayRequest request = new AlipayTradeWapPayRequest();
        request.setBizModel(model);
        request.setNotifyUrl(notifyUrl);
        request.setReturnUrl(payer.returnUrl());
        return call("WAP pay", () -> client.pageExecute(request, "GET").getBody());
    }

    private static String timeoutExpress(PaymentOrder order) {
        return Math.max(1, Duration.between(order.createdAt(), order.expiresAt()).toMinutes()) + "m";
    }

    @Override
    public Mono<Optional<GatewayTrade>> query(String orderNo) {
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(orderNo);
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        request.setBizModel(model);
        return call("query", () -> {
            AlipayTradeQueryResponse response = client.execute(request);
            if ("ACQ.TRADE_NOT_EXIST".equals(response.getSubCode())) {
                return Optional.<GatewayTrade>empty();
            }
            return Optional.of(trade(succeeded("query", response)));
        });
    }

    private GatewayTrade trade(AlipayTradeQueryResponse r) {
        boolean paid = "TRADE_SUCCESS".equals(r.getTradeStatus()) || "TRADE_FINISHED".equals(r.getTradeStatus());
        // the query answer carries no app id: the SDK checked Alipay's signature for our app
        return new GatewayTrade(r.getOutTradeNo(), r.getTradeNo(), r.getTradeStatus(), paid,
                Yuan.toFen(r.getTotalAmount()), settings.appId(), settings.sellerId(),
                r.getSendPayDate() == null ? null : r.getSendPayDate().toInstant());
    }

    @Override
    public Mono<Void> close(String orderNo) {
        AlipayTradeCloseModel model = new AlipayTradeCloseModel();
        model.setOutTradeNo(orderNo);
        AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
        request.setBizModel(model);
        return call("close", () -> {
            var response = client.execute(request);
            // a precreated trade nobody scanned does not exist at Alipay yet: closed enough
            return "ACQ.TRADE_NOT_EXIST".equals(response.getSubCode()) || succeeded("close", response) != null;
        }).then();
    }

    @Override
    public Mono<CodePayment> codePay(PaymentOrder order, String authCode, String subject) {
        AlipayTradePayModel model = new AlipayTradePayModel();
        model.setOutTradeNo(order.orderNo());
        model.setScene("bar_code");
        model.setAuthCode(authCode);
        model.setSubject(subject);
        model.setTotalAmount(Money.ofFen(order.amountFen()).toYuanString());
        AlipayTradePayRequest request = new AlipayTradePayRequest();
        request.setBizModel(model);
        return call("pay", () -> codePayment(client.execute(request)));
    }

    /** 10000 paid, 10003 waiting for the payer, 40004 refused (sub_code says why); anything else is unknown. */
    private CodePayment codePayment(AlipayTradePayResponse r) {
        // the SDK's isSuccess() only says there is no sub_code, which 10003 has not either
        if ("10000".equals(r.getCode())) {
            return new CodePayment.Paid(new GatewayTrade(r.getOutTradeNo(), r.getTradeNo(), "TRADE_SUCCESS", true,
                    Yuan.toFen(r.getTotalAmount()), settings.appId(), settings.sellerId(),
                    r.getGmtPayment() == null ? null : r.getGmtPayment().toInstant()));
        }
        if ("10003".equals(r.getCode())) {
            return new CodePayment.Paying();
        }
        // 20000 (or a system error) leaves the payment unknown: not a refusal
        if (!"40004".equals(r.getCode()) || "ACQ.SYSTEM_ERROR".equals(r.getSubCode())) {
            throw new GatewayException("Alipay pay answered " + r.getCode() + " " + r.getSubCode() + " " + r.getSubMsg());
        }
        String sub = r.getSubCode() == null ? "" : r.getSubCode();
        Reason reason = switch (sub) {
            case "ACQ.BUYER_BALANCE_NOT_ENOUGH", "ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH" -> Reason.INSUFFICIENT;
            case "ACQ.PAYMENT_AUTH_CODE_INVALID" -> Reason.CODE_INVALID;
            case "ACQ.PAYMENT_AUTH_CODE_EXPIRED" -> Reason.CODE_EXPIRED;
            default -> Reason.OTHER;
        };
        return new CodePayment.Refused(reason, sub + " " + r.getSubMsg());
    }

    @Override
    public Mono<Void> cancel(String orderNo) {
        AlipayTradeCancelModel model = new AlipayTradeCancelModel();
        model.setOutTradeNo(orderNo);
        AlipayTradeCancelRequest request = new AlipayTradeCancelRequest();
        request.setBizModel(model);
        return call("cancel", () -> succeeded("cancel", client.execute(request))).then();
    }

    @Override
    public Mono<Boolean> refund(PaymentOrder order, String refundNo, long amountFen, String reason) {
        AlipayTradeRefundModel model = new AlipayTradeRefundModel();
        model.setOutTradeNo(order.orderNo());
        model.setOutRequestNo(refundNo);
        model.setRefundAmount(Money.ofFen(amountFen).toYuanString());
        model.setRefundReason(reason);
        AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
        request.setBizModel(model);
        return call("refund", () -> client.execute(request).isSuccess());
    }

    @Override
    public Mono<String> statement(LocalDate day) {
        AlipayDataDataserviceBillDownloadurlQueryModel model = new AlipayDataDataserviceBillDownloadurlQueryModel();
        model.setBillType("trade");
        model.setBillDate(day.toString());
        AlipayDataDataserviceBillDownloadurlQueryRequest request = new AlipayDataDataserviceBillDownloadurlQueryRequest();
        request.setBizModel(model);
        return call("bill", () -> AlipayBills.download(
                succeeded("bill", client.execute(request)).getBillDownloadUrl(), timeout));
    }

    private static <R extends AlipayResponse> R succeeded(String what, R response) {
        if (!response.isSuccess()) {
            throw new GatewayException("Alipay " + what + " refused: " + response.getCode() + " "
                    + response.getSubCode() + " " + response.getSubMsg());
        }
        return response;
    }

    /** Runs a blocking SDK call off the event loop; SDK failures (a bad response signature too) become GatewayException. */
    private <T> Mono<T> call(String what, Callable<T> sdkCall) {
        return Mono.fromCallable(() -> {
            try {
                return sdkCall.call();
            } catch (AlipayApiException e) {
                throw new GatewayException("Alipay " + what + " failed: " + (e.getErrMsg() != null ? e.getErrMsg() : e.getMessage()), e);
            }
        }).subscribeOn(Schedulers.boundedElastic()).timeout(timeout.multipliedBy(2));
    }
}
