package org.onecard.people;

import java.time.LocalDate;

/** A physical card: only a pointer to its person's accounts, so a reissue keeps the money. */
public record Card(long id, String cardNo, String serial, long personId, String kind, String status,
                   LocalDate issuedOn, LocalDate expiresOn, long depositFen, long costFen) {

    public static final String KIND_USER = "USER";
    public static final String NORMAL = "NORMAL";
}
