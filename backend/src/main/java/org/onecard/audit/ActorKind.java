package org.onecard.audit;

/** Who did something: matches the principal kinds, plus ANONYMOUS for nobody signed in. */
public enum ActorKind {
    OPERATOR,
    CARDHOLDER,
    ANONYMOUS
}
