package org.onecard.payments;

import java.util.List;
import java.util.Optional;
import org.onecard.cards.promotion.Promotion.Channel;
import org.onecard.cards.promotion.RechargePromotions;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.payments.domain.GatewayTrade;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.domain.PaymentOrder;
import org.onecard.payments.domain.TradeChecks;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.persistence.OrderStore;
import org.onecard.common.time.BusinessClock;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Credits the cash wallet for a trade the gateway says is paid, exactly once per order: the
 * posting's idempotency key is the order number, so a notification repeated, or racing an order
 * query, books nothing more and gets the first answer; the order turns PAID in the same transaction.
 */
@Service
public class PaymentCredit {

    /** The owner ids of the two gateways' clearing accounts. */
    private static final int WECHAT_CLEARING = 1;
    private static final int ALIPAY_CLEARING = 2;

    /** What applying a trade did. */
    public enum Result { CREDITED, REPEATED, NOT_PAID, MISMATCH }

    public record Applied(Result result, String detail, Long postingId) {
    }

    private final Ledger ledger;
    private final StandardAccounts accounts;
    private final OrderStore orders;
    private final BusinessClock clock;
    private final RechargePromotions promotions;

    PaymentCredit(Ledger ledger, StandardAccounts accounts, OrderStore orders, BusinessClock clock,
                  RechargePromotions promotions) {
        this.promotions = promotions;
        this.ledger = ledger;
        this.accounts = accounts;
        this.orders = orders;
        this.clock = clock;
    }

    public static String postingKey(String orderNo) {
        return "gateway:" + orderNo;
    }

    public Mono<Applied> apply(PaymentOrder order, GatewayTrade trade, GatewayClient gateway) {
        if (!trade.paid()) {
            return Mono.just(new Applied(Result.NOT_PAID, "The gateway says " + trade.state(), null));
        }
        if (order.atTerminal()) {
            // a terminal's payment-code sale is booked by the terminal request (Micropay), never to a wallet
            return Mono.just(new Applied(Result.MISMATCH, "Order " + order.orderNo() + " is a terminal's sale", null));
        }
        Optional<String> mismatch = TradeChecks.mismatch(order, trade, gateway.appId(), gateway.merchantId());
        if (mismatch.isPresent()) {
            return Mono.just(new Applied(Result.MISMATCH, mismatch.get(), null));
        }
        return Mono.zip(clearing(order.channel()), accounts.cashWallet(order.personId()))
                .flatMap(a -> ledger.post(request(order, a.getT1(), a.getT2()),
                        posted -> orders.markPaid(order.id(), trade.gatewayTradeNo(), posted.postingId(),
                                trade.paidAt() != null ? trade.paidAt() : clock.now())
                                // an online promotion's bonus, its own posting in the credit's transaction
                                .then(promotions.book(Channel.ONLINE, order.amountFen(),
                                        postingKey(order.orderNo()), a.getT2(), null, null))))
                .map(PaymentCredit::applied);
    }

    private static PostingRequest request(PaymentOrder order, long clearingId, long walletId) {
        TransferLeg leg = new TransferLeg(clearingId, walletId, order.amountFen(), TransferCode.RECHARGE_GATEWAY);
        return new PostingRequest(postingKey(order.orderNo()), List.of(leg), null, null, null, null, false,
                order.channel().name().toLowerCase() + " recharge " + order.orderNo());
    }

    private static Applied applied(PostingOutcome outcome) {
        if (outcome instanceof Posted posted) {
            return new Applied(posted.replayed() ? Result.REPEATED : Result.CREDITED, null, posted.postingId());
        }
        PostingOutcome.Declined declined = (PostingOutcome.Declined) outcome;
        // a credit to a wallet from a clearing account cannot be declined for funds: this is a bug
        throw new IllegalStateException("Gateway credit declined: " + declined.reason() + " " + declined.detail());
    }

    /** Money the gateway holds for us until it settles: one clearing account per gateway. */
    public Mono<Long> clearing(PaymentChannel channel) {
        return channel == PaymentChannel.WECHAT ? accounts.gatewayClearing(WECHAT_CLEARING, "微信支付待清算")
                : accounts.gatewayClearing(ALIPAY_CLEARING, "支付宝待清算");
    }

    /** The gateway whose clearing account has this owner id (reports read it from the account). */
    public static Optional<PaymentChannel> channelOfClearing(long ownerId) {
        return ownerId == WECHAT_CLEARING ? Optional.of(PaymentChannel.WECHAT)
                : ownerId == ALIPAY_CLEARING ? Optional.of(PaymentChannel.ALIPAY) : Optional.empty();
    }
}
