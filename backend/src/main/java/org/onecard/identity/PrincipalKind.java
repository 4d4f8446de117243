package org.onecard.identity;

/** Who a token speaks for. The two kinds never share endpoints. */
public enum PrincipalKind {
    /** Staff using the admin SPA: card centre, finance, administrators. */
    OPERATOR,
    /** A card's owner using the mobile H5 page. */
    CARDHOLDER
}
