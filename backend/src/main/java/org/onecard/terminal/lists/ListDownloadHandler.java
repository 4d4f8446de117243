package org.onecard.terminal.lists;

import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.lists.application.ListDownloads;
import org.onecard.terminal.lists.domain.ListKind;
import org.onecard.terminal.lists.domain.ListPage;
import org.onecard.terminal.lists.domain.ListQuery;
import org.onecard.terminal.server.MessageHandler;
import org.onecard.terminal.server.Replies;
import org.onecard.terminal.server.ResponseCodes;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0300/0310 list download (openapi/terminal-protocol.md §2.6), MAC required. Checks in this order:
 * field 91 present ("30") and "5", inquiry ("12"); field 101 present ("30") and a list's name ("12",
 * 5121); field 62 readable ("30"); the version not beyond the latest ("25", 5120). The reply echoes
 * 91 and 101 and, on "00", carries the page in 62.
 */
@Component
public class ListDownloadHandler implements MessageHandler {

    /** Field 91 file update code "inquiry": the terminal asks for records; it never sends any. */
    public static final String INQUIRY = "5";

    private final ListDownloads downloads;

    public ListDownloadHandler(ListDownloads downloads) {
        this.downloads = downloads;
    }

    @Override
    public boolean handles(String mti) {
        return "0300".equals(mti);
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        String code = request.text(91);
        String name = request.text(101);
        Optional<ListQuery> query = ListQuery.parse(request.text(62));
        if (code == null || name == null) {
            return reply(request, ResponseCodes.FORMAT_ERROR, null);
        }
        if (!INQUIRY.equals(code)) {
            return reply(request, ResponseCodes.INVALID_TRANSACTION, null);
        }
        Optional<ListKind> kind = ListKind.named(name.trim());
        if (kind.isEmpty()) {
            return reply(request, ResultCode.LIST_UNKNOWN.isoResponse(), null);
        }
        if (query.isEmpty()) {
            return reply(request, ResponseCodes.FORMAT_ERROR, null);
        }
        return downloads.page(auth, kind.get(), query.get()).flatMap(outcome -> outcome instanceof Outcome.Done<ListPage> page
                ? reply(request, ResponseCodes.APPROVED, page.value().encode())
                : reply(request, ((Outcome.Refused<ListPage>) outcome).code().isoResponse(), null));
    }

    private static Mono<IsoMessage> reply(IsoMessage request, String responseCode, String page) {
        IsoMessage.Builder reply = Replies.to(request, responseCode);
        for (int field : new int[] {91, 101}) {
            if (request.has(field)) {
                reply.set(field, request.text(field));
            }
        }
        if (page != null) {
            reply.set(62, page);
        }
        return Mono.just(reply.build());
    }
}
