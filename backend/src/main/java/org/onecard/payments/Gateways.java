package org.onecard.payments;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.gateway.GatewayClient;
import org.onecard.payments.gateway.Keys;
import org.onecard.payments.gateway.alipay.AlipayGateway;
import org.onecard.payments.gateway.alipay.AlipayNotifications;
import org.onecard.payments.gateway.alipay.AlipaySettings;
import org.onecard.payments.gateway.wechat.WechatGateway;
import org.onecard.payments.gateway.wechat.WechatNotifications;
import org.onecard.payments.gateway.wechat.WechatOauthClient;
import org.onecard.payments.gateway.wechat.WechatOauthSettings;
import org.onecard.payments.gateway.wechat.WechatSettings;
import org.onecard.payments.simulator.SimulatorKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gateways this server talks to, built on first use from {@link PaymentProperties}: a channel
 * with merchant settings talks to the real gateway; one without, to the simulator when it is on;
 * otherwise the channel is not available. Switching is configuration only.
 */
@Component
public class Gateways {

    /** The paths gateways post notifications to (open: the signature is the authentication). */
    public static final String WECHAT_NOTIFY_PATH = "/pay/notify/wechat";
    public static final String ALIPAY_NOTIFY_PATH = "/pay/notify/alipay";

    /** The mobile page's recharge route (served under /h5/), which picks the order up from orderNo. */
    static final String RECHARGE_PAGE = "/h5/recharge?orderNo=";

    private final PaymentProperties properties;
    private final ObjectProvider<SimulatorKeys> simulator;
    private final LocalAddress local;
    private final Map<PaymentChannel, Channel> built = new EnumMap<>(PaymentChannel.class);
    private Optional<WechatOauthClient> oauth;

    /** One channel's SDK client and notification checker, built together from one set of settings. */
    private record Channel(GatewayClient client, WechatNotifications wechat, AlipayNotifications alipay) {
    }

    Gateways(PaymentProperties properties, ObjectProvider<SimulatorKeys> simulator, LocalAddress local) {
        this.properties = properties;
        this.simulator = simulator;
        this.local = local;
    }

    public Optional<GatewayClient> client(PaymentChannel channel) {
        return channel(channel).map(Channel::client);
    }

    public Optional<WechatNotifications> wechatNotifications() {
        return channel(PaymentChannel.WECHAT).map(Channel::wechat);
    }

    public Optional<AlipayNotifications> alipayNotifications() {
        return channel(PaymentChannel.ALIPAY).map(Channel::alipay);
    }

    /**
     * WeChat web OAuth for the app WeChat Pay orders carry: with merchant settings, live when the
     * app secret is set too; without them, the simulator's when it is on.
     */
    public synchronized Optional<WechatOauthClient> wechatOauth() {
        if (oauth == null) {
            PaymentProperties.Wechat w = properties.wechat();
            WechatOauthSettings settings = null;
            if (w.configured()) {
                if (w.appSecret() != null && !w.appSecret().isBlank()) {
                    settings = new WechatOauthSettings(w.appId(), w.appSecret(),
                            orDefault(w.oauthBaseUrl(), WechatOauthSettings.REAL_AUTHORIZE_BASE),
                            orDefault(w.apiBaseUrl(), WechatOauthSettings.REAL_API_BASE));
                }
            } else if (simulator.getIfAvailable() != null) {
                // the phone goes to the authorize page, so it is the public address; the exchange is ours
                settings = simulator.getObject().wechatOauth(local.publicBaseUrl() + SimulatorKeys.WECHAT_OPEN_PATH,
                        local.baseUrl() + SimulatorKeys.WECHAT_API_PATH);
            }
            oauth = Optional.ofNullable(settings).map(s -> new WechatOauthClient(s, properties.gatewayTimeout()));
        }
        return oauth;
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    public String notifyUrl(PaymentChannel channel) {
        return local.publicBaseUrl() + (channel == PaymentChannel.WECHAT ? WECHAT_NOTIFY_PATH : ALIPAY_NOTIFY_PATH);
    }

    /** Where a gateway sends a phone back after an H5 / WAP payment: the mobile page's recharge, on this order. */
    public String returnUrl(String orderNo) {
        return local.publicBaseUrl() + RECHARGE_PAGE + orderNo;
    }

    private synchronized Optional<Channel> channel(PaymentChannel channel) {
        Channel found = built.get(channel);
        if (found == null) {
            found = channel == PaymentChannel.WECHAT ? wechat() : alipay();
            if (found != null) {
                built.put(channel, found);
            }
        }
        return Optional.ofNullable(found);
    }

    private Channel wechat() {
        PaymentProperties.Wechat w = properties.wechat();
        WechatSettings settings;
        if (w.configured()) {
            settings = new WechatSettings(w.appId(), w.merchantId(), w.merchantSerialNumber(),
                    Keys.privateKey(Keys.base64Of(w.privateKeyPath())), w.publicKeyId(),
                    Keys.publicKey(Keys.base64Of(w.publicKeyPath())), w.apiV3Key(), w.baseUrl());
        } else if (simulator.getIfAvailable() != null) {
            settings = simulator.getObject().wechatMerchant(local.baseUrl() + SimulatorKeys.WECHAT_BASE_PATH);
        } else {
            return null;
        }
        return new Channel(new WechatGateway(settings, properties.gatewayTimeout()), new WechatNotifications(settings),
                null);
    }

    private Channel alipay() {
        PaymentProperties.Alipay a = properties.alipay();
        AlipaySettings settings;
        if (a.configured()) {
            String url = a.gatewayUrl() == null || a.gatewayUrl().isBlank() ? AlipaySettings.REAL_GATEWAY : a.gatewayUrl();
            settings = new AlipaySettings(a.appId(), a.sellerId(), Keys.base64Of(a.privateKeyPath()),
                    Keys.base64Of(a.alipayPublicKeyPath()), url);
        } else if (simulator.getIfAvailable() != null) {
            settings = simulator.getObject().alipayMerchant(local.baseUrl() + SimulatorKeys.ALIPAY_GATEWAY_PATH);
        } else {
            return null;
        }
        return new Channel(new AlipayGateway(settings, properties.gatewayTimeout()), null, new AlipayNotifications(settings));
    }
}
