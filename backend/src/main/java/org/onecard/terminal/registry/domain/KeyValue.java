package org.onecard.terminal.registry.domain;

/** A KEY_VALUE terminal's preset key (1–99) and the amount it charges. */
public record KeyValue(Integer keyNo, Long amountFen) {
}
