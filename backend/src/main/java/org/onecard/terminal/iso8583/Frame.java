package org.onecard.terminal.iso8583;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** One received or outgoing frame: the TPDU header when the link uses one, and the message bytes. */
public final class Frame {

    private final Tpdu tpdu;
    private final byte[] message;

    public Frame(Optional<Tpdu> tpdu, byte[] message) {
        this.tpdu = tpdu.orElse(null);
        this.message = message.clone();
    }

    public Optional<Tpdu> tpdu() {
        return Optional.ofNullable(tpdu);
    }

    public byte[] message() {
        return message.clone();
    }

    /** The frame answering this one: same link, TPDU addresses swapped. */
    public Frame reply(byte[] replyMessage) {
        return new Frame(tpdu().map(Tpdu::reply), replyMessage);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame other && Objects.equals(tpdu, other.tpdu) && Arrays.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(tpdu) + Arrays.hashCode(message);
    }

    @Override
    public String toString() {
        return "Frame[tpdu=" + tpdu + ", " + message.length + " message bytes]";
    }
}
