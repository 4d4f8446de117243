package org.onecard.audit;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/** Where a request came from, for the audit log. */
@Component
public class ClientAddresses {

    static final int MAX_LENGTH = 64;

    private final boolean trustForwardedFor;

    public ClientAddresses(AuditProperties properties) {
        this.trustForwardedFor = properties.trustForwardedFor();
    }

    /**
     * The connection's peer, or, behind a trusted proxy, the last X-Forwarded-For entry: that is
     * the one our proxy appended; entries before it were sent by the client and prove nothing.
     */
    public String of(ServerHttpRequest request) {
        if (trustForwardedFor) {
            String forwarded = lastEntry(request.getHeaders().getFirst("X-Forwarded-For"));
            if (forwarded != null) {
                return clip(forwarded);
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null) {
            return null;
        }
        return clip(peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString());
    }

    static String lastEntry(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.split(",");
        String last = parts.length == 0 ? "" : parts[parts.length - 1].trim();
        return last.isEmpty() ? null : last;
    }

    private static String clip(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
