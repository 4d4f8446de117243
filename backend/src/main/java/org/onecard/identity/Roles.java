package org.onecard.identity;

/** Codes of the standard roles seeded by V2__identity_seed.sql. */
public final class Roles {

    /** Every permission. */
    public static final String ADMIN = "ADMIN";
    /** ledger:verify, ledger:read, audit:read. */
    public static final String FINANCE = "FINANCE";
    /** ledger:read. */
    public static final String CASHIER = "CASHIER";

    private Roles() {
    }
}
