package org.onecard.payments.gateway;

import org.onecard.common.error.ResultCode;
import org.onecard.payments.domain.GatewayTrade;

/** What checking a notification found: a trade the gateway vouches for, or why it was refused. */
public sealed interface Verified {

    record Trade(GatewayTrade trade) implements Verified {
    }

    /** {@code orderNo} when the message could be read far enough to name one. */
    record Refused(ResultCode reason, String detail, String orderNo) implements Verified {
    }
}
