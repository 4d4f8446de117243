package org.onecard.receipts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** What a printed receipt says about who issued it. */
@ConfigurationProperties("onecard.receipts")
public record ReceiptProperties(@DefaultValue("OneCard 一卡通") String organisationName) {
}
