package org.onecard.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTests {

    private static final String WECHAT_BILL = """
            交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r
            `2026-11-21 10:00:00,`wx1,`1900000109,`0,`,`4200001,`OC1,`oA,`NATIVE,`SUCCESS,`OTHERS,`CNY,`12.34,`0.00,`0,`0,`0.00,`0.00,`,`,`充值,`,`0.07000,`0.60%,`12.34,`0.00,`\r
            `2026-11-21 10:05:00,`wx1,`1900000109,`0,`,`4200002,`OC2,`oA,`NATIVE,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`5030,`RF1,`1.00,`0.00,`ORIGINAL,`SUCCESS,`充值,`,`0.00000,`0.60%,`0.00,`1.00,`\r
            总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r
            `2,`12.34,`1.00,`0.00,`0.07000,`12.34,`1.00\r
            """;

    private static final String ALIPAY_DETAIL = """
            #支付宝业务明细查询
            #账号：[20880000000000010156]
            #-----------------------------------------业务明细列表----------------------------------------
            支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注
            2026112122001\t,OC3\t,交易,充值,2026-11-21 09:00:00,2026-11-21 09:00:05,,,,,a***@x.com,50.00,50.00,0.00,0.00,0.00,0.00,0.00,,0.00,0.00,,0.00,0.00,
            2026112122001\t,OC3\t,退款,充值,2026-11-21 09:00:00,2026-11-21 11:00:05,,,,,a***@x.com,-5.00,-5.00,0.00,0.00,0.00,0.00,0.00,,0.00,0.00,RF2,0.00,0.00,
            #-----------------------------------------业务明细列表结束------------------------------------
            #交易合计：1笔，退款合计：1笔
            """;

    @Test
    void readsThePaymentsOfAWechatTradeBillAndLeavesRefundsAndTheSummaryOut() {
        assertThat(StatementLines.wechat(WECHAT_BILL))
                .containsExactly(new StatementLines.Line("OC1", "4200001", 1_234));
    }

    @Test
    void readsThePaymentsOfAnAlipayDetailFileBetweenItsHeaderAndFooter() {
        assertThat(StatementLines.alipay(ALIPAY_DETAIL))
                .containsExactly(new StatementLines.Line("OC3", "2026112122001", 5_000));
    }

    @Test
    void aBrokenAmountNeverMatchesAnOrder() {
        String bill = WECHAT_BILL.replace("`12.34,`0.00,`0,", "`12.345,`0.00,`0,");
        assertThat(StatementLines.wechat(bill)).extracting(StatementLines.Line::amountFen).containsExactly(-1L);
    }

    @Test
    void namesMatchedMissingOnEitherSideAndDifferentAmounts() {
        List<StatementLines.Line> statement = List.of(new StatementLines.Line("A", "g1", 100),
                new StatementLines.Line("B", "g2", 200), new StatementLines.Line("C", "g3", 300));
        List<Reconciliation.Credited> ledger = List.of(new Reconciliation.Credited("A", 100, 1L),
                new Reconciliation.Credited("B", 250, 2L), new Reconciliation.Credited("D", 400, 3L));

        Reconciliation.ReconciliationReport report = Reconciliation.compare(statement, ledger);

        assertThat(report.matched()).isEqualTo(1);
        assertThat(report.matchedFen()).isEqualTo(100);
        assertThat(report.matchedOrders()).containsExactly(new Reconciliation.ReconciliationDifference("A", 100L, 100L));
        assertThat(report.missingInLedger()).containsExactly(new Reconciliation.ReconciliationDifference("C", 300L, null));
        assertThat(report.missingInStatement()).containsExactly(new Reconciliation.ReconciliationDifference("D", null, 400L));
        assertThat(report.amountDifferences()).containsExactly(new Reconciliation.ReconciliationDifference("B", 200L, 250L));
        assertThat(report.balanced()).isFalse();
    }
}
