package org.onecard.terminal.purchase;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecard.cards.OverdraftPasswords;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.authz.ModeSettings;
import org.onecard.terminal.authz.OverdraftPassword;
import org.onecard.terminal.authz.TerminalSetup;
import org.onecard.terminal.registry.application.Products;
import org.onecard.terminal.registry.application.TerminalCache;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The work-mode side of a purchase: the terminal's mode values and switches (one query), the
 * prices of the products a sale names (one more query, for sales only), and whether the overdraft
 * password sent matches the card's (a BCrypt check, only when one was sent).
 */
@Component
class PurchaseModes {

    private final TerminalCache terminals;
    private final Products products;
    private final OverdraftPasswords passwords;

    PurchaseModes(TerminalCache terminals, Products products, OverdraftPasswords passwords) {
        this.terminals = terminals;
        this.products = products;
        this.passwords = passwords;
    }

    Mono<TerminalSetup> setup(TerminalAuth auth, Entry entry) {
        return terminals.modes(auth.id())
                .flatMap(m -> prices(auth, m.settings(), entry)
                        .map(settings -> new TerminalSetup(auth, settings, m.sameCardIntervalSeconds(), m.setup().switches())))
                .defaultIfEmpty(new TerminalSetup(auth, ModeSettings.none(), 0, List.of()));
    }

    Mono<OverdraftPassword> password(long cardId, String given) {
        if (given == null) {
            return Mono.just(OverdraftPassword.NOT_GIVEN);
        }
        return passwords.matches(cardId, given).map(ok -> ok ? OverdraftPassword.MATCHED : OverdraftPassword.WRONG);
    }

    private Mono<ModeSettings> prices(TerminalAuth auth, ModeSettings settings, Entry entry) {
        Entry sold = entry instanceof Entry.Shown shown ? shown.entry() : entry;
        if (!(sold instanceof Entry.Products sale)) {
            return Mono.just(settings);
        }
        Set<String> barcodes = sale.items().stream().map(i -> i.barcode()).collect(Collectors.toSet());
        return products.prices(auth.outletId(), barcodes).map(settings::withProducts);
    }
}
