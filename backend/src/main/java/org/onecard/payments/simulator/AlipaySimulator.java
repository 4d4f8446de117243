package org.onecard.payments.simulator;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onecard.payments.LocalAddress;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.gateway.Keys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Plays the Alipay open-platform gateway for the SDK: checks the application's RSA2 signature
 * over all parameters, answers precreate, payment-code pay (as {@link CodeMarkers} says) and
 * cancel, query, close, refund and the bill download URL, each
 * signed with Alipay's key over the response node, and serves the bill zip.
 */
@Hidden
@RestController
@RequestMapping("/sim/alipay")
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
class AlipaySimulator {

    private final SimulatorKeys keys;
    private final SimulatedTrades trades;
    private final Statements statements;
    private final LocalAddress local;
    private final ObjectMapper json;
    private final AlipayNotices notices;

    AlipaySimulator(SimulatorKeys keys, SimulatedTrades trades, Statements statements, LocalAddress local,
                    ObjectMapper json) {
        this.keys = keys;
        this.trades = trades;
        this.statements = statements;
        this.local = local;
        this.json = json;
        this.notices = new AlipayNotices(keys);
    }

    @PostMapping("/gateway.do")
    Mono<ResponseEntity<String>> gateway(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> {
            Map<String, String> params = new HashMap<>(exchange.getRequest().getQueryParams().toSingleValueMap());
            params.putAll(form.toSingleValueMap());
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/json;charset=UTF-8"))
                    .body(answer(params));
        });
    }

    /**
     * alipay.trade.wap.pay: the phone's browser opens the SDK's signed GET address; a request that
     * verifies opens the trade and goes on to the cashier page, anything else gets an error page.
     */
    @GetMapping(path = "/gateway.do", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> wapPay(ServerWebExchange exchange) {
        Map<String, String> params = exchange.getRequest().getQueryParams().toSingleValueMap();
        if (!"alipay.trade.wap.pay".equals(params.get("method"))) {
            return refusePage("isv.invalid-method", "不存在的方法名");
        }
        if (!SimulatorKeys.ALIPAY_APP_ID.equals(params.get("app_id")) || !signedByApp(params)) {
            return refusePage("isv.invalid-signature", "验签出错");
        }
        JsonNode biz;
        try {
            biz = json.readTree(params.getOrDefault("biz_content", "{}"));
        } catch (IOException e) {
            return refusePage("isv.invalid-parameter", "参数无效");
        }
        String orderNo = biz.path("out_trade_no").asText();
        long fen = org.onecard.common.money.Money.parseYuan(biz.path("total_amount").asText("0")).fen();
        if (orderNo.isEmpty() || fen <= 0 || params.get("notify_url") == null
                || !"QUICK_WAP_WAY".equals(biz.path("product_code").asText())) {
            return refusePage("ACQ.INVALID_PARAMETER", "参数无效");
        }
        SimulatedTrades.Trade fresh = new SimulatedTrades.Trade(PaymentChannel.ALIPAY, orderNo,
                "2026" + SimulatorKeys.randomKey(24).replaceAll("[^0-9]", "0"), fen, biz.path("subject").asText(),
                params.get("notify_url"), SimulatorKeys.ALIPAY_APP_ID, SimulatorKeys.ALIPAY_SELLER_ID, Instant.now());
        fresh.returnUrl = params.get("return_url");
        fresh.phone = true;
        SimulatedTrades.Trade trade = trades.open(fresh);
        if (trade.amountFen != fen) {
            return refusePage("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改");
        }
        return ResponseEntity.status(302).location(java.net.URI.create(local.publicBaseUrl() + PayPage.PATH
                + "/ALIPAY/" + orderNo)).build();
    }

    private static ResponseEntity<String> refusePage(String subCode, String subMsg) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML).body("<!doctype html><html><head>"
                + "<meta charset=\"utf-8\"><title>支付宝（模拟）</title></head><body><p id=\"error\">" + subCode
                + "</p><p>" + subMsg + "</p></body></html>");
    }

    private String answer(Map<String, String> params) {
        String method = params.getOrDefault("method", "alipay.unknown");
        if (!SimulatorKeys.ALIPAY_APP_ID.equals(params.get("app_id")) || !signedByApp(params)) {
            return notices.answer(method, fail("40002", "isv.invalid-signature", "验签出错"));
        }
        try {
            JsonNode biz = json.readTree(params.getOrDefault("biz_content", "{}"));
            if ("alipay.trade.pay".equals(method)) {
                return pay(biz, method);
            }
            return notices.answer(method, switch (method) {
                case "alipay.trade.precreate" -> precreate(biz, params.get("notify_url"));
                case "alipay.trade.query" -> query(biz);
                case "alipay.trade.close" -> close(biz);
                case "alipay.trade.cancel" -> cancel(biz);
                case "alipay.trade.refund" -> refund(biz);
                case "alipay.data.dataservice.bill.downloadurl.query" -> billUrl(biz);
                default -> fail("40004", "isv.invalid-method", "不存在的方法名");
            });
        } catch (IOException e) {
            return notices.answer(method, fail("40002", "isv.invalid-parameter", "参数无效"));
        }
    }

    private boolean signedByApp(Map<String, String> params) {
        try {
            return AlipaySignature.rsaCheckV2(params, Keys.base64(keys.alipayAppPair().getPublic()), "UTF-8", "RSA2");
        } catch (AlipayApiException e) {
            return false;
        }
    }

    private String precreate(JsonNode biz, String notifyUrl) {
        String orderNo = biz.path("out_trade_no").asText();
        long fen = org.onecard.common.money.Money.parseYuan(biz.path("total_amount").asText("0")).fen();
        if (orderNo.isEmpty() || fen <= 0 || notifyUrl == null) {
            return fail("40004", "ACQ.INVALID_PARAMETER", "参数无效");
        }
        SimulatedTrades.Trade trade = trades.open(new SimulatedTrades.Trade(PaymentChannel.ALIPAY, orderNo,
                "2026" + SimulatorKeys.randomKey(24).replaceAll("[^0-9]", "0"), fen, biz.path("subject").asText(),
                notifyUrl, SimulatorKeys.ALIPAY_APP_ID, SimulatorKeys.ALIPAY_SELLER_ID, Instant.now()));
        if (trade.amountFen != fen) {
            return fail("40004", "ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改");
        }
        return ok(Map.of("out_trade_no", orderNo, "qr_code", local.publicBaseUrl() + PayPage.PATH + "/ALIPAY/" + orderNo));
    }

    /** alipay.trade.pay, scene bar_code: the answer signed, with a stranger's key for a code marked so. */
    private String pay(JsonNode biz, String method) {
        String orderNo = biz.path("out_trade_no").asText();
        String authCode = biz.path("auth_code").asText();
        long fen = org.onecard.common.money.Money.parseYuan(biz.path("total_amount").asText("0")).fen();
        if (orderNo.isEmpty() || fen <= 0 || authCode.isEmpty() || !"bar_code".equals(biz.path("scene").asText())) {
            return notices.answer(method, fail("40004", "ACQ.INVALID_PARAMETER", "参数无效"));
        }
        CodeMarkers marker = CodeMarkers.of(authCode);
        String refused = switch (marker) {
            case INSUFFICIENT -> fail("40004", "ACQ.BUYER_BALANCE_NOT_ENOUGH", "买家余额不足");
            case EXPIRED -> fail("40004", "ACQ.PAYMENT_AUTH_CODE_EXPIRED", "支付失败，付款码已过期");
            case INVALID -> fail("40004", "ACQ.PAYMENT_AUTH_CODE_INVALID", "支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款");
            case GATEWAY_FAILS -> fail("20000", "isp.unknow-error", "系统繁忙");
            default -> null;
        };
        if (refused != null) {
            return notices.answer(method, refused);
        }
        SimulatedTrades.Trade t = trades.open(new SimulatedTrades.Trade(PaymentChannel.ALIPAY, orderNo,
                "2026" + SimulatorKeys.randomKey(24).replaceAll("[^0-9]", "0"), fen, biz.path("subject").asText(),
                null, SimulatorKeys.ALIPAY_APP_ID, SimulatorKeys.ALIPAY_SELLER_ID, Instant.now()));
        if (t.amountFen != fen) {
            return notices.answer(method, fail("40004", "ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改"));
        }
        t.charge(authCode, marker == CodeMarkers.PAYING);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trade_no", t.gatewayTradeNo);
        fields.put("out_trade_no", t.orderNo);
        fields.put("buyer_logon_id", "sim***@example.com");
        fields.put("total_amount", AlipayNotices.yuan(t.amountFen));
        if (!t.paid) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("code", "10003");
            node.put("msg", " order success pay inprocess");
            node.putAll(fields);
            return notices.answer(method, write(node));
        }
        fields.put("gmt_payment", AlipayNotices.TIME.format(t.paidAt.atZone(AlipayNotices.CHINA)));
        return marker == CodeMarkers.FORGED_ANSWER ? notices.forgedAnswer(method, ok(fields))
                : notices.answer(method, ok(fields));
    }

    /** alipay.trade.cancel: an unpaid trade is closed, a paid one refunded in full; one never opened is cancelled already. */
    private String cancel(JsonNode biz) {
        String orderNo = biz.path("out_trade_no").asText();
        SimulatedTrades.Trade t = trades.find(PaymentChannel.ALIPAY, orderNo);
        if (t != null) {
            t.reversed = true;
            t.closed = true;
        }
        return ok(Map.of("out_trade_no", orderNo, "retry_flag", "N", "action", t != null && t.paid ? "refund" : "close"));
    }

    private String query(JsonNode biz) {
        SimulatedTrades.Trade t = trades.find(PaymentChannel.ALIPAY, biz.path("out_trade_no").asText());
        if (t == null || !(t.scanned || t.paid || t.closed)) {
            return fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trade_no", t.gatewayTradeNo);
        fields.put("out_trade_no", t.orderNo);
        fields.put("buyer_logon_id", "sim***@example.com");
        fields.put("trade_status", t.reversed || (t.closed && !t.paid) ? "TRADE_CLOSED"
                : t.paid ? "TRADE_SUCCESS" : "WAIT_BUYER_PAY");
        fields.put("total_amount", AlipayNotices.yuan(t.amountFen));
        if (t.paidAt != null) {
            fields.put("send_pay_date", AlipayNotices.TIME.format(t.paidAt.atZone(AlipayNotices.CHINA)));
        }
        return ok(fields);
    }

    private String close(JsonNode biz) {
        SimulatedTrades.Trade t = trades.find(PaymentChannel.ALIPAY, biz.path("out_trade_no").asText());
        if (t == null || !(t.scanned || t.paid)) {
            if (t != null) {
                t.closed = true;
            }
            return fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }
        if (t.paid) {
            return fail("40004", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
        }
        t.closed = true;
        return ok(Map.of("trade_no", t.gatewayTradeNo, "out_trade_no", t.orderNo));
    }

    private String refund(JsonNode biz) {
        SimulatedTrades.Trade t = trades.find(PaymentChannel.ALIPAY, biz.path("out_trade_no").asText());
        long fen = org.onecard.common.money.Money.parseYuan(biz.path("refund_amount").asText("0")).fen();
        String requestNo = biz.path("out_request_no").asText();
        if (t == null || !t.paid) {
            return fail("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }
        synchronized (t) {
            if (!t.refundNos.contains(requestNo)) {
                if (fen <= 0 || t.refundedFen() + fen > t.amountFen) {
                    return fail("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限");
                }
                t.refundNos.add(requestNo);
                t.refunds.add(new long[] {fen, Instant.now().toEpochMilli()});
            }
        }
        return ok(Map.of("trade_no", t.gatewayTradeNo, "out_trade_no", t.orderNo, "fund_change", "Y",
                "refund_fee", AlipayNotices.yuan(t.refundedFen()), "buyer_logon_id", "sim***@example.com"));
    }

    private String billUrl(JsonNode biz) {
        String day = biz.path("bill_date").asText();
        return ok(Map.of("bill_download_url", local.baseUrl() + "/sim/alipay/bill/" + day + ".zip"));
    }

    @GetMapping(path = "/bill/{day}.zip", produces = "application/zip")
    ResponseEntity<byte[]> bill(@PathVariable String day) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .body(statements.alipayZip(LocalDate.parse(day)));
    }

    private String ok(Map<String, ?> fields) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", "10000");
        node.put("msg", "Success");
        node.putAll(fields);
        return write(node);
    }

    private String fail(String code, String subCode, String subMsg) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", code);
        node.put("msg", "Business Failed");
        node.put("sub_code", subCode);
        node.put("sub_msg", subMsg);
        return write(node);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    AlipayNotices notices() {
        return notices;
    }
}
