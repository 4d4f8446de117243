package org.onecard.payments.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecard.payments.LocalAddress;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays WeChat Pay API v3 for the SDK: checks the merchant's WECHATPAY2-SHA256-RSA2048
 * signature, answers Native, H5 and JSAPI prepay, payment-code payment (codepay, as {@link CodeMarkers} says) and
 * reverse, query, close, refund and the trade bill, and signs every answer with the platform key
 * as the real platform does.
 */
@Hidden
@RestController
@RequestMapping(SimulatorKeys.WECHAT_BASE_PATH)
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
class WechatSimulator {

    private static final Pattern AUTH_FIELD = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final SimulatorKeys keys;
    private final SimulatedTrades trades;
    private final WechatNotices notices;
    private final Statements statements;
    private final LocalAddress local;
    private final ObjectMapper json;

    WechatSimulator(SimulatorKeys keys, SimulatedTrades trades, Statements statements, LocalAddress local,
                    ObjectMapper json) {
        this.keys = keys;
        this.trades = trades;
        this.statements = statements;
        this.local = local;
        this.json = json;
        this.notices = new WechatNotices(keys, json);
    }

    /** The kinds of order the platform opens from a merchant's prepay, by the path it was asked at. */
    private enum Kind { NATIVE, H5, JSAPI }

    @PostMapping("/v3/pay/transactions/native")
    ResponseEntity<String> prepay(ServerHttpRequest request, @RequestBody String body) throws IOException {
        return prepay(request, body, Kind.NATIVE);
    }

    /** H5 pay: as Native, but scene_info must name the payer's IP and an h5_info; the answer is an h5_url. */
    @PostMapping("/v3/pay/transactions/h5")
    ResponseEntity<String> h5Prepay(ServerHttpRequest request, @RequestBody String body) throws IOException {
        return prepay(request, body, Kind.H5);
    }

    /** JSAPI pay: as Native, for the payer's openid; the answer is a prepay_id, which the merchant signs for the page. */
    @PostMapping("/v3/pay/transactions/jsapi")
    ResponseEntity<String> jsapiPrepay(ServerHttpRequest request, @RequestBody String body) throws IOException {
        return prepay(request, body, Kind.JSAPI);
    }

    static String prepayId(SimulatedTrades.Trade trade) {
        return "wx" + trade.gatewayTradeNo.substring(4);
    }

    private ResponseEntity<String> prepay(ServerHttpRequest request, String body, Kind kind) throws IOException {
        Asked asked = asked(request, body);
        if (asked.refused() != null) {
            return asked.refused();
        }
        JsonNode order = asked.order();
        long total = order.path("amount").path("total").asLong();
        if (total <= 0 || order.path("out_trade_no").asText().isEmpty() || order.path("notify_url").asText().isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "参数错误");
        }
        JsonNode scene = order.path("scene_info");
        if (kind == Kind.H5
                && (scene.path("payer_client_ip").asText().isEmpty() || scene.path("h5_info").path("type").asText().isEmpty())) {
            return error(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "scene_info.payer_client_ip 和 h5_info.type 必填");
        }
        String openid = order.path("payer").path("openid").asText();
        if (kind == Kind.JSAPI && openid.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "payer.openid 必填");
        }
        String orderNo = order.path("out_trade_no").asText();
        SimulatedTrades.Trade trade = open(order, total, order.path("notify_url").asText());
        boolean same = trade.amountFen == total && trade.phone == (kind == Kind.H5)
                && (kind == Kind.JSAPI ? openid.equals(trade.openid) : trade.openid == null);
        if (!same) {
            return error(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "201 商户订单号重复");
        }
        String page = local.publicBaseUrl() + PayPage.PATH + "/WECHAT/" + orderNo;
        return signed(HttpStatus.OK, notices.write(switch (kind) {
            case NATIVE -> Map.of("code_url", page);
            // as the real h5_url, it carries a query the merchant appends &redirect_url= to
            case H5 -> Map.of("h5_url", page + "?prepay_id=wx" + SimulatorKeys.randomKey(24).replaceAll("[^0-9A-Za-z]", "0")
                    + "&package=1037687096");
            case JSAPI -> Map.of("prepay_id", prepayId(trade));
        }));
    }

    @PostMapping("/v3/pay/transactions/codepay")
    ResponseEntity<String> codepay(ServerHttpRequest request, @RequestBody String body) throws IOException {
        Asked asked = asked(request, body);
        if (asked.refused() != null) {
            return asked.refused();
        }
        JsonNode order = asked.order();
        long total = order.path("amount").path("total").asLong();
        String authCode = order.path("payer").path("auth_code").asText();
        String orderNo = order.path("out_trade_no").asText();
        if (total <= 0 || orderNo.isEmpty() || authCode.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "参数错误");
        }
        CodeMarkers marker = CodeMarkers.of(authCode);
        switch (marker) {
            case INSUFFICIENT -> {
                return error(HttpStatus.FORBIDDEN, "NOTENOUGH", "用户余额不足");
            }
            case EXPIRED -> {
                return error(HttpStatus.FORBIDDEN, "AUTHCODEEXPIRE", "二维码已过期，请用户在微信上刷新后再试");
            }
            case INVALID -> {
                return error(HttpStatus.BAD_REQUEST, "AUTH_CODE_INVALID", "付款码无效，请重新扫码");
            }
            case GATEWAY_FAILS -> {
                return error(HttpStatus.INTERNAL_SERVER_ERROR, "SYSTEM_ERROR", "系统异常，请用相同参数重新调用");
            }
            default -> {
            }
        }
        SimulatedTrades.Trade trade = open(order, total, null);
        if (trade.amountFen != total) {
            return error(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "201 商户订单号重复");
        }
        trade.charge(authCode, marker == CodeMarkers.PAYING);
        if (!trade.paid) {
            return signed(HttpStatus.ACCEPTED, notices.write(Map.of("code", "USERPAYING", "message", "需要用户输入支付密码")));
        }
        String answer = notices.write(notices.transaction(trade, null, null));
        return marker == CodeMarkers.FORGED_ANSWER
                ? signed(HttpStatus.OK, notices.sign(answer, Instant.now(), SimulatorKeys.generate().getPrivate()), answer)
                : signed(HttpStatus.OK, answer);
    }

    /** Cancels a payment-code trade: unpaid, it can no longer be paid; paid, the payer gets it all back. */
    @PostMapping("/v3/pay/transactions/out-trade-no/{orderNo}/reverse")
    ResponseEntity<String> reverse(ServerHttpRequest request, @PathVariable String orderNo, @RequestBody String body) {
        ResponseEntity<String> refused = checkSignature(request, body);
        if (refused != null) {
            return refused;
        }
        SimulatedTrades.Trade trade = trades.find(PaymentChannel.WECHAT, orderNo);
        if (trade != null) {
            trade.reversed = true;
            trade.closed = true;
        }
        // an order the platform never opened (the payment was refused or never arrived) is reversed already
        return signed(HttpStatus.OK, notices.write(Map.of("out_trade_no", orderNo, "recall", false)));
    }

    @GetMapping("/v3/pay/transactions/out-trade-no/{orderNo}")
    ResponseEntity<String> query(ServerHttpRequest request, @PathVariable String orderNo) {
        ResponseEntity<String> refused = checkSignature(request, "");
        if (refused != null) {
            return refused;
        }
        SimulatedTrades.Trade trade = trades.find(PaymentChannel.WECHAT, orderNo);
        if (trade == null) {
            return error(HttpStatus.NOT_FOUND, "ORDER_NOT_EXIST", "订单不存在");
        }
        return signed(HttpStatus.OK, notices.write(notices.transaction(trade, null, null)));
    }

    @PostMapping("/v3/pay/transactions/out-trade-no/{orderNo}/close")
    ResponseEntity<String> close(ServerHttpRequest request, @PathVariable String orderNo, @RequestBody String body) {
        ResponseEntity<String> refused = checkSignature(request, body);
        if (refused != null) {
            return refused;
        }
        SimulatedTrades.Trade trade = trades.find(PaymentChannel.WECHAT, orderNo);
        if (trade == null) {
            return error(HttpStatus.NOT_FOUND, "ORDER_NOT_EXIST", "订单不存在");
        }
        if (trade.paid) {
            return error(HttpStatus.BAD_REQUEST, "ORDERPAID", "订单已支付");
        }
        trade.closed = true;
        return signed(HttpStatus.NO_CONTENT, "");
    }

    @PostMapping("/v3/refund/domestic/refunds")
    ResponseEntity<String> refund(ServerHttpRequest request, @RequestBody String body) throws IOException {
        ResponseEntity<String> refused = checkSignature(request, body);
        if (refused != null) {
            return refused;
        }
        JsonNode ask = json.readTree(body);
        SimulatedTrades.Trade trade = trades.find(PaymentChannel.WECHAT, ask.path("out_trade_no").asText());
        long amount = ask.path("amount").path("refund").asLong();
        String refundNo = ask.path("out_refund_no").asText();
        if (trade == null || !trade.paid) {
            return error(HttpStatus.NOT_FOUND, "RESOURCE_NOT_EXISTS", "订单不存在");
        }
        synchronized (trade) {
            if (trade.authCode != null && CodeMarkers.of(trade.authCode) == CodeMarkers.FIRST_REFUND_FAILS
                    && !trade.refundFailed) {
                trade.refundFailed = true;
                return error(HttpStatus.INTERNAL_SERVER_ERROR, "SYSTEM_ERROR", "系统超时，请用相同参数重新调用");
            }
            if (!trade.refundNos.contains(refundNo)) {
                if (amount <= 0 || trade.refundedFen() + amount > trade.amountFen) {
                    return error(HttpStatus.FORBIDDEN, "NOT_ENOUGH", "申请退款金额超过订单可退金额");
                }
                trade.refundNos.add(refundNo);
                trade.refunds.add(new long[] {amount, Instant.now().toEpochMilli()});
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("refund_id", "5030" + trade.gatewayTradeNo.substring(4));
        answer.put("out_refund_no", refundNo);
        answer.put("transaction_id", trade.gatewayTradeNo);
        answer.put("out_trade_no", trade.orderNo);
        answer.put("channel", "ORIGINAL");
        answer.put("user_received_account", "支付用户零钱");
        answer.put("create_time", WechatNotices.RFC3339.format(Instant.now().atZone(WechatNotices.CHINA)));
        answer.put("status", "SUCCESS");
        answer.put("funds_account", "AVAILABLE");
        answer.put("amount", Map.of("total", trade.amountFen, "refund", amount, "payer_total", trade.amountFen,
                "payer_refund", amount, "settlement_refund", amount, "settlement_total", trade.amountFen,
                "discount_refund", 0, "currency", "CNY"));
        return signed(HttpStatus.OK, notices.write(answer));
    }

    @GetMapping("/v3/bill/tradebill")
    ResponseEntity<String> tradeBill(ServerHttpRequest request, @RequestParam("bill_date") String billDate) {
        ResponseEntity<String> refused = checkSignature(request, "");
        if (refused != null) {
            return refused;
        }
        LocalDate day = LocalDate.parse(billDate);
        String file = statements.wechat(day);
        // the real address: the SDK's client fetches it, and the base-URL rewrite brings it here
        return signed(HttpStatus.OK, notices.write(Map.of("hash_type", "SHA1", "hash_value", Statements.sha1(file),
                "download_url", "https://api.mch.weixin.qq.com/v3/billdownload/file?token=" + billDate)));
    }

    @GetMapping("/v3/billdownload/file")
    ResponseEntity<String> billFile(@RequestParam String token) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(statements.wechat(LocalDate.parse(token)));
    }

    /** An order request as the platform reads it: the order, or the platform's refusal. */
    private record Asked(JsonNode order, ResponseEntity<String> refused) {
    }

    /** The order when the merchant's signature verifies and it names our merchant and app. */
    private Asked asked(ServerHttpRequest request, String body) throws IOException {
        ResponseEntity<String> refused = checkSignature(request, body);
        if (refused != null) {
            return new Asked(null, refused);
        }
        JsonNode order = json.readTree(body);
        boolean ours = SimulatorKeys.WECHAT_MERCHANT_ID.equals(order.path("mchid").asText())
                && SimulatorKeys.WECHAT_APP_ID.equals(order.path("appid").asText());
        return ours ? new Asked(order, null)
                : new Asked(null, error(HttpStatus.BAD_REQUEST, "PARAM_ERROR", "appid和mch_id不匹配"));
    }

    /** The trade under the order's out_trade_no: opened now, or the one opened before (whose amount may differ). */
    private SimulatedTrades.Trade open(JsonNode order, long totalFen, String notifyUrl) {
        SimulatedTrades.Trade fresh = new SimulatedTrades.Trade(PaymentChannel.WECHAT, order.path("out_trade_no").asText(),
                "4200" + SimulatorKeys.randomKey(24).replaceAll("[^0-9]", "0"), totalFen,
                order.path("description").asText(), notifyUrl, SimulatorKeys.WECHAT_APP_ID,
                SimulatorKeys.WECHAT_MERCHANT_ID, Instant.now());
        fresh.phone = order.has("scene_info") && order.path("scene_info").has("h5_info");
        fresh.openid = order.path("payer").path("openid").asText(null);
        return trades.open(fresh);
    }

    /** Null when the merchant's Authorization signature verifies; else the platform's 401 answer. */
    private ResponseEntity<String> checkSignature(ServerHttpRequest request, String body) {
        String auth = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (auth == null || !auth.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
            return error(HttpStatus.UNAUTHORIZED, "SIGN_ERROR", "缺少签名");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = AUTH_FIELD.matcher(auth);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        String path = request.getPath().value().substring(SimulatorKeys.WECHAT_BASE_PATH.length());
        String query = request.getURI().getRawQuery();
        String message = request.getMethod().name() + "\n" + path + (query == null ? "" : "?" + query) + "\n"
                + fields.get("timestamp") + "\n" + fields.get("nonce_str") + "\n" + (body == null ? "" : body) + "\n";
        boolean ok = SimulatorKeys.WECHAT_MERCHANT_ID.equals(fields.get("mchid"))
                && SimulatorKeys.WECHAT_MERCHANT_SERIAL.equals(fields.get("serial_no"))
                && fields.get("signature") != null
                && Rsa.verify(message, fields.get("signature"), keys.wechatMerchantPair().getPublic());
        return ok ? null : error(HttpStatus.UNAUTHORIZED, "SIGN_ERROR", "签名错误");
    }

    private ResponseEntity<String> error(HttpStatus status, String code, String message) {
        return signed(status, notices.write(Map.of("code", code, "message", message)));
    }

    private ResponseEntity<String> signed(HttpStatus status, String body) {
        return signed(status, notices.sign(body), body);
    }

    private ResponseEntity<String> signed(HttpStatus status, WechatNotices.Signed signed, String body) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        signed.headers().forEach(answer::header);
        if (body.isEmpty()) {
            return answer.build();
        }
        return answer.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    WechatNotices notices() {
        return notices;
    }
}
