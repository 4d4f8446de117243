package org.onecard.payments.simulator;

import io.swagger.v3.oas.annotations.Hidden;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The page a QR code of the simulator opens: shows the order and a button that pays it, after
 * which the simulated gateway sends its signed notification to the server.
 */
@Hidden
@RestController
@RequestMapping(PayPage.PATH)
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
class PayPage {

    static final String PATH = "/sim/pay";

    private final PaymentSimulator simulator;

    PayPage(PaymentSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping(path = "/{channel}/{orderNo}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable PaymentChannel channel, @PathVariable String orderNo,
                                @RequestParam(name = "redirect_url", required = false) String redirectUrl) {
        SimulatedTrades.Trade t = simulator.trade(channel, orderNo);
        if (t == null) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_HTML).body(page("订单不存在 / No such order", ""));
        }
        simulator.scan(channel, orderNo);
        String state = t.paid ? "已支付 / Paid" : t.closed ? "已关闭 / Closed" : "待支付 / Waiting";
        String form = t.paid || t.closed ? "" : "<form method=\"post\"><button id=\"pay\" type=\"submit\">"
                + "确认支付 / Pay</button></form>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page(
                "<p>" + (channel == PaymentChannel.WECHAT ? "微信支付" : "支付宝") + "（模拟）</p>"
                        + "<p>" + HtmlUtils.htmlEscape(t.subject) + "</p>"
                        + "<p class=\"amount\">¥ " + AlipayNotices.yuan(t.amountFen) + "</p>"
                        + "<p id=\"state\">" + state + "</p>", form + back(t, redirectUrl)));
    }

    @PostMapping(path = "/{channel}/{orderNo}", produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> pay(@PathVariable PaymentChannel channel, @PathVariable String orderNo,
                                     @RequestParam(name = "redirect_url", required = false) String redirectUrl) {
        SimulatedTrades.Trade t = simulator.trade(channel, orderNo);
        if (!simulator.pay(channel, orderNo)) {
            return Mono.just(ResponseEntity.status(409).contentType(MediaType.TEXT_HTML)
                    .body(page("<p id=\"state\">无法支付 / Cannot pay</p>", back(t, redirectUrl))));
        }
        return simulator.notifyPaid(channel, orderNo).map(taken -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(page("<p id=\"state\">支付成功 / Paid</p><p>" + (taken ? "商户已收到通知 / Merchant notified"
                        : "通知未送达，商户将查询订单 / Not delivered; the merchant will query") + "</p>",
                        back(t, redirectUrl))));
    }

    /**
     * A phone-browser order's way back to the merchant: WeChat H5's redirect_url (the merchant put
     * it on the h5_url, and the form posts back to the same address), Alipay WAP's return_url.
     */
    private static String back(SimulatedTrades.Trade t, String redirectUrl) {
        String to = redirectUrl != null ? redirectUrl : t == null ? null : t.returnUrl;
        if (to == null || !(to.startsWith("http://") || to.startsWith("https://"))) {
            return "";
        }
        return "<p><a id=\"return\" href=\"" + HtmlUtils.htmlEscape(to) + "\">返回商户 / Back to the merchant</a></p>";
    }

    private static String page(String content, String form) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>支付模拟器</title><style>body{font-family:sans-serif;"
                + "text-align:center;padding:2em}.amount{font-size:2em}button{font-size:1.2em;padding:.5em 2em}</style>"
                + "</head><body>" + content + form + "</body></html>";
    }
}
