package org.onecard.payments.gateway.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.http.Constant;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.http.HttpMethod;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.HttpResponse;
import com.wechat.pay.java.core.http.JsonRequestBody;
import com.wechat.pay.java.core.http.JsonResponseBody;
import com.wechat.pay.java.core.http.MediaType;
import com.wechat.pay.java.service.payments.model.Transaction;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.gateway.CodePayment;
import org.onecard.payments.gateway.CodePayment.Reason;

/**
 * WeChat Pay v3 payment-code payment (付款码支付, POST /v3/pay/transactions/codepay) and its reverse
 * (撤销, POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse). wechatpay-java 0.2.17 has
 * no service class for them, so they go through the SDK's own signing client: it signs each request
 * with the merchant key and refuses a 2xx answer whose Wechatpay-Signature does not verify with the
 * platform key (a ValidationException), exactly as for the Native calls.
 * Answers: 200 with the transaction when paid; 202 USERPAYING while the payer confirms on the phone;
 * 4xx with an error code when refused (NOTENOUGH, AUTHCODEEXPIRE, AUTH_CODE_INVALID, …); 5xx or
 * SYSTEM_ERROR leaves the payment unknown, an exception like no answer at all.
 */
final class WechatCodepay {

    /** The SDK's own API host: the base-URL rewrite sends the calls to the simulator when set. */
    private static final String HOST = "https://api.mch.weixin.qq.com";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final WechatSettings settings;

    WechatCodepay(HttpClient http, WechatSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    CodePayment pay(PaymentOrder order, String authCode, String subject) {
        ObjectNode body = merchant();
        body.put("description", subject);
        body.put("out_trade_no", order.orderNo());
        body.putObject("payer").put("auth_code", authCode);
        body.putObject("amount").put("total", Math.toIntExact(order.amountFen())).put("currency", "CNY");
        try {
            HttpResponse<Transaction> answer = http.execute(post("/v3/pay/transactions/codepay", body), Transaction.class);
            Transaction paid = answer.getServiceResponse();
            if (paid != null && paid.getTradeState() == Transaction.TradeStateEnum.SUCCESS) {
                return new CodePayment.Paid(WechatTrades.of(paid));
            }
            String code = errorCode(answer);
            if ("USERPAYING".equals(code)) {
                return new CodePayment.Paying();
            }
            throw new IllegalStateException("WeChat Pay codepay answered 2xx without a payment: " + code);
        } catch (ServiceException e) {
            if (e.getHttpStatusCode() >= 500 || "SYSTEM_ERROR".equals(e.getErrorCode())) {
                // the platform cannot say what became of the payment: not a refusal
                throw e;
            }
            return new CodePayment.Refused(reason(e.getErrorCode()), e.getErrorCode() + " " + e.getErrorMessage());
        }
    }

    void reverse(String orderNo) {
        http.execute(post("/v3/pay/transactions/out-trade-no/" + orderNo + "/reverse", merchant()), Object.class);
    }

    private ObjectNode merchant() {
        ObjectNode body = JSON.createObjectNode();
        body.put("appid", settings.appId());
        body.put("mchid", settings.merchantId());
        return body;
    }

    private static HttpRequest post(String path, ObjectNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.addHeader(Constant.ACCEPT, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.CONTENT_TYPE, MediaType.APPLICATION_JSON.getValue());
        return new HttpRequest.Builder().httpMethod(HttpMethod.POST).url(HOST + path).headers(headers)
                .body(new JsonRequestBody.Builder().body(body.toString()).build()).build();
    }

    /** The "code" of a 2xx answer that carries no transaction (202 USERPAYING); null when none. */
    private static String errorCode(HttpResponse<?> answer) {
        if (!(answer.getBody() instanceof JsonResponseBody json) || json.getBody() == null || json.getBody().isBlank()) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(json.getBody());
            return body.hasNonNull("code") ? body.get("code").asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Reason reason(String errorCode) {
        if (errorCode == null) {
            return Reason.OTHER;
        }
        return switch (errorCode) {
            case "NOTENOUGH" -> Reason.INSUFFICIENT;
            case "AUTHCODEEXPIRE" -> Reason.CODE_EXPIRED;
            case "AUTH_CODE_INVALID", "AUTH_CODE_ERROR" -> Reason.CODE_INVALID;
            default -> Reason.OTHER;
        };
    }
}
