package org.onecard.terminal.purchase;

import org.onecard.testing.MariaDbTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The payment-code sales again with a poll far shorter than any gateway query: waiting for the payer
 * must skip the ticks a slow query overlaps, never fail the sale (it answered "96" once in CI).
 */
@MariaDbTest
@TestPropertySource(properties = "onecard.payments.micropay.poll=1ms")
class MicropayFastPollTests extends MicropayPurchaseTests {
}
