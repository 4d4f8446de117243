package org.onecard.identity;

import java.util.Set;

/**
 * Every permission an operator's role can grant, in one place. Controllers name them in
 * {@code @PreAuthorize("hasAuthority('ledger:verify')")}; V2__identity_seed.sql grants them
 * to the standard roles.
 */
public final class Permissions {

    public static final String LEDGER_VERIFY = "ledger:verify";
    public static final String LEDGER_READ = "ledger:read";
    public static final String LEDGER_ADJUST = "ledger:adjust";
    public static final String AUDIT_READ = "audit:read";
    public static final String OPERATOR_MANAGE = "operator:manage";
    /** System parameters, meal periods and card types (V4__card_rules.sql grants them). */
    public static final String SETTINGS_READ = "settings:read";
    public static final String SETTINGS_MANAGE = "settings:manage";
    /** Cards and counter money (V5__cards.sql grants them). */
    public static final String CARDS_READ = "cards:read";
    public static final String CARDS_MANAGE = "cards:manage";
    public static final String MONEY_COUNTER = "money:counter";
    /** Organisation, people, groups; merchants and outlets (V3__master_data.sql grants them). */
    public static final String PEOPLE_READ = "people:read";
    public static final String PEOPLE_MANAGE = "people:manage";
    public static final String MERCHANT_READ = "merchant:read";
    public static final String MERCHANT_MANAGE = "merchant:manage";
    public static final String SUBSIDY_READ = "subsidy:read";
    public static final String SUBSIDY_MANAGE = "subsidy:manage";
    /** Terminal registry (V10__terminals.sql grants them). */
    public static final String TERMINALS_READ = "terminals:read";
    public static final String TERMINALS_MANAGE = "terminals:manage";
    /** Online payment orders, notifications, reconciliation; refunds (V19__payment_refunds.sql grants them). */
    public static final String PAYMENTS_READ = "payments:read";
    public static final String PAYMENTS_REFUND = "payments:refund";
    /** Closing an accounting month (封账) and reopening one (V27__accounting_periods.sql grants them). */
    public static final String PERIODS_CLOSE = "periods:close";
    public static final String PERIODS_REOPEN = "periods:reopen";

    /** Several sites: link status and mirrored balances (V40__site_feed.sql grants it). */
    public static final String SITES_READ = "sites:read";

    public static final Set<String> ALL =
            Set.of(LEDGER_VERIFY, LEDGER_READ, LEDGER_ADJUST, AUDIT_READ, OPERATOR_MANAGE, SETTINGS_READ, SETTINGS_MANAGE,
                    CARDS_READ, CARDS_MANAGE, MONEY_COUNTER,
                    PEOPLE_READ, PEOPLE_MANAGE, MERCHANT_READ, MERCHANT_MANAGE, SUBSIDY_READ, SUBSIDY_MANAGE,
                    TERMINALS_READ, TERMINALS_MANAGE, PAYMENTS_READ, PAYMENTS_REFUND, PERIODS_CLOSE, PERIODS_REOPEN,
                    SITES_READ);

    private Permissions() {
    }
}
