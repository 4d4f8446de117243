package org.onecard.payments.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated gateways' daily statements in the real formats: WeChat Pay's trade bill (CSV,
 * every field led by a back-quote, a summary block at the end) and Alipay's bill zip holding the
 * GBK detail CSV with its # header and footer lines. A day is a day in China time.
 */
@Component
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
class Statements {

    static final String WECHAT_HEADER = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,"
            + "交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,"
            + "退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注";
    static final String ALIPAY_HEADER = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,"
            + "终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,"
            + "券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Charset GBK = Charset.forName("GBK");

    private final SimulatedTrades trades;

    Statements(SimulatedTrades trades) {
        this.trades = trades;
    }

    String wechat(LocalDate day) {
        StringBuilder out = new StringBuilder(WECHAT_HEADER).append("\r\n");
        long count = 0;
        long total = 0;
        for (SimulatedTrades.Trade t : paidOn(PaymentChannel.WECHAT, day)) {
            String yuan = AlipayNotices.yuan(t.amountFen);
            out.append(String.join(",", List.of("`" + time(t.paidAt), "`" + t.appId, "`" + t.merchantId, "`0", "`",
                    "`" + t.gatewayTradeNo, "`" + t.orderNo, "`oSIM", "`NATIVE", "`SUCCESS", "`OTHERS", "`CNY",
                    "`" + yuan, "`0.00", "`0", "`0", "`0.00", "`0.00", "`", "`", "`" + t.subject, "`", "`0.00000",
                    "`0.60%", "`" + yuan, "`0.00", "`"))).append("\r\n");
            count++;
            total += t.amountFen;
        }
        String sum = AlipayNotices.yuan(total);
        out.append("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n");
        out.append("`" + count + ",`" + sum + ",`0.00,`0.00,`0.00000,`" + sum + ",`0.00\r\n");
        return out.toString();
    }

    String alipayDetail(LocalDate day) {
        StringBuilder out = new StringBuilder("#支付宝业务明细查询\r\n");
        out.append("#账号：[" + SimulatorKeys.ALIPAY_SELLER_ID + "0156]\r\n");
        out.append("#起始日期：[" + day + " 00:00:00]   终止日期：[" + day.plusDays(1) + " 00:00:00]\r\n");
        out.append("#-----------------------------------------业务明细列表----------------------------------------\r\n");
        out.append(ALIPAY_HEADER).append("\r\n");
        int count = 0;
        for (SimulatedTrades.Trade t : paidOn(PaymentChannel.ALIPAY, day)) {
            String yuan = AlipayNotices.yuan(t.amountFen);
            out.append(String.join(",", List.of(t.gatewayTradeNo + "\t", t.orderNo + "\t", "交易", t.subject,
                    time(t.createdAt), time(t.paidAt), "", "", "", "", "sim***@example.com", yuan, yuan, "0.00",
                    "0.00", "0.00", "0.00", "0.00", "", "0.00", "0.00", "", "0.00", "0.00", ""))).append("\r\n");
            count++;
        }
        out.append("#-----------------------------------------业务明细列表结束------------------------------------\r\n");
        out.append("#交易合计：" + count + "笔，退款合计：0笔\r\n");
        out.append("#导出时间：[" + time(Instant.now()) + "]\r\n");
        return out.toString();
    }

    byte[] alipayZip(LocalDate day) {
        String prefix = SimulatorKeys.ALIPAY_SELLER_ID + "0156_" + day.toString().replace("-", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, GBK)) {
            zip.putNextEntry(new ZipEntry(prefix + "_业务明细.csv"));
            zip.write(alipayDetail(day).getBytes(GBK));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(prefix + "_业务明细(汇总).csv"));
            zip.write("#支付宝业务汇总查询\r\n".getBytes(GBK));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<SimulatedTrades.Trade> paidOn(PaymentChannel channel, LocalDate day) {
        return trades.all(channel).stream()
                .filter(t -> t.paid && t.paidAt != null && t.paidAt.atZone(WechatNotices.CHINA).toLocalDate().equals(day))
                .toList();
    }

    private static String time(Instant at) {
        return TIME.format(at.atZone(WechatNotices.CHINA));
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
