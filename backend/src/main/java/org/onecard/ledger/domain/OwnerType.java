package org.onecard.ledger.domain;

/** Who an account belongs to (the owner_type column). */
public final class OwnerType {

    public static final String PERSON = "PERSON";
    public static final String OPERATOR = "OPERATOR";
    public static final String OUTLET = "OUTLET";
    /** Singleton counter-accounts: subsidy fund, deposits, fees, gateway clearing, adjustments. */
    public static final String SYSTEM = "SYSTEM";

    private OwnerType() {
    }
}
