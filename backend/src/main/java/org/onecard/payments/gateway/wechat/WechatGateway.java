package org.onecard.payments.gateway.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.service.billdownload.BillDownloadServiceExtension;
import com.wechat.pay.java.service.billdownload.DigestBillEntity;
import com.wechat.pay.java.service.billdownload.model.BillType;
import com.wechat.pay.java.service.billdownload.model.GetTradeBillRequest;
import com.wechat.pay.java.service.payments.h5.H5Service;
import com.wechat.pay.java.service.payments.h5.model.H5Info;
import com.wechat.pay.java.service.payments.h5.model.SceneInfo;
import com.wechat.pay.java.service.payments.jsapi.JsapiServiceExtension;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayWithRequestPaymentResponse;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import com.wechat.pay.java.service.refund.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import org.onecard.payments.domain.GatewayTrade;
import org.onecard.payments.domain.PayMode;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.gateway.CodePayment;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.gateway.Payer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * WeChat Pay API v3 through the official wechatpay-java SDK: Native orders (code_url), H5 orders
 * (h5_url, for a phone's browser), JSAPI orders (WeixinJSBridge's signed parameters), payment-code
 * payment and reverse ({@link WechatCodepay}), query, close, refund, bill.
 */
public class WechatGateway implements GatewayClient {

    private static final int MAX_STATEMENT_BYTES = 20 * 1024 * 1024;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WechatSettings settings;
    private final NativePayService nativePay;
    private final H5Service h5Pay;
    private final JsapiServiceExtension jsapiPay;
    private final RefundService refunds;
    private final BillDownloadServiceExtension bills;
    private final WechatCodepay codepay;
    private final Duration timeout;

    public WechatGateway(WechatSettings settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(settings.merchantId())
                .privateKey(settings.privateKey())
                .merchantSerialNumber(settings.merchantSerialNumber())
                .publicKey(settings.publicKey())
                .publicKeyId(settings.publicKeyId())
                .apiV3Key(settings.apiV3Key())
                .build();
        OkHttpClient.Builder ok = new OkHttpClient.Builder();
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            ok.addInterceptor(new BaseUrlRewrite(settings.baseUrl()));
        }
        int ms = (int) timeout.toMillis();
        HttpClient http = new DefaultHttpClientBuilder().config(config).okHttpClient(ok.build())
                .connectTimeoutMs(ms).readTimeoutMs(ms).writeTimeoutMs(ms).build();
        this.nativePay = new NativePayService.Builder().httpClient(http).build();
        this.h5Pay = new H5Service.Builder().httpClient(http).build();
        this.jsapiPay = new JsapiServiceExtension.Builder().config(config).httpClient(http).build();
        this.refunds = new RefundService.Builder().httpClient(http).build();
        this.bills = new BillDownloadServiceExtension.Builder().config(config).httpClient(http).build();
        this.codepay = new WechatCodepay(http, settings);
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.WECHAT;
    }

    @Override
    public String appId() {
        return settings.appId();
    }

    @Override
    public String merchantId() {
        return settings.merchantId();
    }

    @Override
    public Mono<String> prepay(PaymentOrder order, String subject, String notifyUrl, Payer payer) {
        if (order.payMode() == PayMode.H5) {
            return h5(order, subject, notifyUrl, payer);
        }
        if (order.payMode() == PayMode.JSAPI) {
            return jsapi(order, subject, notifyUrl, payer);
        }
        PrepayRequest request = new PrepayRequest();
        request.setAppid(settings.appId());
        request.setMchid(settings.merchantId());
        request.setDescription(subject);
        request.setOutTradeNo(order.orderNo());
        request.setNotifyUrl(notifyUrl);
        request.setTimeExpire(timeExpire(order));
        Amount amount = new Amount();
        amount.setTotal(Math.toIntExact(order.amountFen()));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        return call("prepay", () -> nativePay.prepay(request).getCodeUrl());
    }

    /** H5 pay: the phone goes to h5_url, and WeChat Pay sends it back to redirect_url afterwards. */
    private Mono<String> h5(PaymentOrder order, String subject, String notifyUrl, Payer payer) {
        var request = new com.wechat.pay.java.service.payments.h5.model.PrepayRequest();
        request.setAppid(settings.appId());
        request.setMchid(settings.merchantId());
        request.setDescription(subject);
        request.setOutTradeNo(order.orderNo());
        request.setNotifyUrl(notifyUrl);
        request.setTimeExpire(timeExpire(order));
        var amount = new com.wechat.pay.java.service.payments.h5.model.Amount();
        amount.setTotal(Math.toIntExact(order.amountFen()));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        H5Info h5 = new H5Info();
        h5.setType("Wap");
        SceneInfo scene = new SceneInfo();
        scene.setPayerClientIp(payer.ip());
        scene.setH5Info(h5);
        request.setSceneInfo(scene);
        return call("H5 prepay", () -> h5Pay.prepay(request).getH5Url()
                + "&redirect_url=" + URLEncoder.encode(payer.returnUrl(), StandardCharsets.UTF_8));
    }

    /**
     * JSAPI pay inside WeChat's browser: the SDK opens the order for the payer's openid and signs the
     * parameters of WeixinJSBridge's getBrandWCPayRequest, answered as that JSON object.
     */
    private Mono<String> jsapi(PaymentOrder order, String subject, String notifyUrl, Payer payer) {
        var request = new com.wechat.pay.java.service.payments.jsapi.model.PrepayRequest();
        request.setAppid(settings.appId());
        request.setMchid(settings.merchantId());
        request.setDescription(subject);
        request.setOutTradeNo(order.orderNo());
        request.setNotifyUrl(notifyUrl);
        request.setTimeExpire(timeExpire(order));
        var amount = new com.wechat.pay.java.service.payments.jsapi.model.Amount();
        amount.setTotal(Math.toIntExact(order.amountFen()));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        var who = new com.wechat.pay.java.service.payments.jsapi.model.Payer();
        who.setOpenid(payer.openid());
        request.setPayer(who);
        return call("JSAPI prepay", () -> {
            PrepayWithRequestPaymentResponse r = jsapiPay.prepayWithRequestPayment(request);
            Map<String, String> params = new LinkedHashMap<>();
            params.put("appId", r.getAppId());
            params.put("timeStamp", r.getTimeStamp());
            params.put("nonceStr", r.getNonceStr());
            params.put("package", r.getPackageVal());
            params.put("signType", r.getSignType());
            params.put("paySign", r.getPaySign());
            try {
                return JSON.writeValueAsString(params);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Unpaid past this, WeChat Pay refuses the payment itself, so a closed order stays closed. */
    private static String timeExpire(PaymentOrder order) {
        return OffsetDateTime.ofInstant(order.expiresAt(), CHINA).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public Mono<Optional<GatewayTrade>> query(String orderNo) {
        QueryOrderByOutTradeNoRequest request = new QueryOrderByOutTradeNoRequest();
        request.setMchid(settings.merchantId());
        request.setOutTradeNo(orderNo);
        return call("query", () -> {
            try {
                return Optional.of(WechatTrades.of(nativePay.queryOrderByOutTradeNo(request)));
            } catch (ServiceException e) {
                if ("ORDER_NOT_EXIST".equals(e.getErrorCode())) {
                    return Optional.<GatewayTrade>empty();
                }
                throw e;
            }
        });
    }

    @Override
    public Mono<Void> close(String orderNo) {
        CloseOrderRequest request = new CloseOrderRequest();
        request.setMchid(settings.merchantId());
        request.setOutTradeNo(orderNo);
        return call("close", () -> {
            try {
                nativePay.closeOrder(request);
            } catch (ServiceException e) {
                // an order WeChat never heard of (the server died between storing it and opening it
                // there) cannot be paid: closed enough, as Alipay's TRADE_NOT_EXIST is
                if (!"ORDER_NOT_EXIST".equals(e.getErrorCode())) {
                    throw e;
                }
            }
            return true;
        }).then();
    }

    @Override
    public Mono<CodePayment> codePay(PaymentOrder order, String authCode, String subject) {
        return call("codepay", () -> codepay.pay(order, authCode, subject));
    }

    @Override
    public Mono<Void> cancel(String orderNo) {
        return call("reverse", () -> {
            codepay.reverse(orderNo);
            return true;
        }).then();
    }

    @Override
    public Mono<Boolean> refund(PaymentOrder order, String refundNo, long amountFen, String reason) {
        CreateRequest request = new CreateRequest();
        request.setOutTradeNo(order.orderNo());
        request.setOutRefundNo(refundNo);
        request.setReason(reason);
        AmountReq amount = new AmountReq();
        amount.setRefund(amountFen);
        amount.setTotal(order.amountFen());
        amount.setCurrency("CNY");
        request.setAmount(amount);
        return call("refund", () -> {
            Refund refund = refunds.create(request);
            return refund.getStatus() == Status.SUCCESS || refund.getStatus() == Status.PROCESSING;
        });
    }

    @Override
    public Mono<String> statement(LocalDate day) {
        GetTradeBillRequest request = new GetTradeBillRequest();
        request.setBillDate(day.toString());
        request.setBillType(BillType.ALL);
        return call("statement", () -> {
            DigestBillEntity bill = bills.getTradeBill(request);
            try (InputStream in = bill.getInputStream()) {
                byte[] bytes = in.readNBytes(MAX_STATEMENT_BYTES);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        });
    }

    /** Runs a blocking SDK call off the event loop; SDK and I/O failures become a {@link GatewayException}. */
    private <T> Mono<T> call(String what, Callable<T> sdkCall) {
        return Mono.fromCallable(() -> {
            try {
                return sdkCall.call();
            } catch (WechatPayException | IOException | IllegalStateException e) {
                throw new GatewayException("WeChat Pay " + what + " failed: " + e.getMessage(), e);
            }
        }).subscribeOn(Schedulers.boundedElastic()).timeout(timeout.multipliedBy(2));
    }
}
