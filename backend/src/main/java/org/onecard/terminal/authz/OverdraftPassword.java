package org.onecard.terminal.authz;

/** Whether the terminal sent the card's overdraft password (超额密码), and whether it matched. */
public enum OverdraftPassword {
    NOT_GIVEN,
    MATCHED,
    WRONG
}
