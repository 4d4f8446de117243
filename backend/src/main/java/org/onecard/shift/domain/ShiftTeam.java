package org.onecard.shift.domain;

import java.util.List;

/** A station's shift team (班组) and its staff cards. */
public record ShiftTeam(long id, String code, String name, long outletId, String outletName, List<Member> members) {

    public ShiftTeam {
        members = List.copyOf(members);
    }

    /** A staff card of the team and its holder. */
    public record Member(long cardId, String serial, String holderName) {
    }
}
