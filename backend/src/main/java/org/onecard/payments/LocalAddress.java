package org.onecard.payments;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * This server's own HTTP address, known once the web server has started (tests pick a random
 * port), and the address people and gateways reach it at.
 */
@Component
public class LocalAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final PaymentProperties properties;
    private volatile int port = -1;

    LocalAddress(PaymentProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    public String baseUrl() {
        if (port < 0) {
            throw new IllegalStateException("The web server has not started yet");
        }
        return "http://127.0.0.1:" + port;
    }

    /** onecard.payments.notify-base-url when set (a phone scanning a simulator QR code needs it too), else local. */
    public String publicBaseUrl() {
        String configured = properties.notifyBaseUrl();
        return configured == null || configured.isBlank() ? baseUrl() : configured.replaceAll("/+$", "");
    }
}
