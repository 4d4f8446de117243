package org.onecard.payments.gateway;

/** A gateway could not be reached, or answered with an error. */
public class GatewayException extends RuntimeException {

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayException(String message) {
        super(message);
    }
}
