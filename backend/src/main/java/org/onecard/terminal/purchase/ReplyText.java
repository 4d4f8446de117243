package org.onecard.terminal.purchase;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.onecard.common.Sha256;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.server.Replies;

/**
 * How a kept reply is written down: its fields except the MAC (64) as {@code n=value;n=value}
 * in field order, values URL-encoded; and the hash of what a repeat must carry again.
 */
final class ReplyText {

    private static final int MAC = 64;

    private ReplyText() {
    }

    static String encode(IsoMessage reply) {
        StringJoiner text = new StringJoiner(";");
        for (int field : reply.fieldNumbers()) {
            if (field != MAC) {
                text.add(field + "=" + URLEncoder.encode(reply.text(field), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** The kept reply to this request (its MTI the request's reply MTI; the pipeline adds the MAC). */
    static IsoMessage decode(IsoMessage request, String text) {
        IsoMessage.Builder reply = IsoMessage.builder(Replies.replyMti(request.mti()));
        for (String entry : text.split(";")) {
            int eq = entry.indexOf('=');
            reply.set(Integer.parseInt(entry.substring(0, eq)),
                    URLDecoder.decode(entry.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return reply.build();
    }

    /**
     * SHA-256 (hex) of the card (2 or 61), amount (4), processing code (3), terminal time (12/13),
     * outlet (42) and, when there is one, the work-mode entry (48).
     */
    static String hash(IsoMessage request, PurchaseRequest purchase) {
        String content = String.join("|", purchase.credential(), Long.toString(purchase.amountFen()),
                request.text(3), request.text(12), request.text(13), purchase.outlet());
        String entry = EntryText.of(purchase.entry());
        String named = namedSale(request);
        content = named == null ? content : content + "|" + named;
        return Sha256.hex(entry.isEmpty() ? content : content + "|" + entry);
    }

    /**
     * What a void or a correction names besides the card: the sale's retrieval reference (37), the
     * admin card (62). Another sale named under the same key is other content (94), not a repeat.
     */
    private static String namedSale(IsoMessage request) {
        String processing = request.text(3);
        return SaleVoids.VOID.equals(processing) ? "37=" + request.text(37)
                : SaleVoids.CORRECTION.equals(processing) ? "62=" + request.text(SaleVoids.ADMIN_CARD) : null;
    }
}
