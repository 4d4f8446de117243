package org.onecard.audit;

/**
 * Who an audit row is about.
 *
 * @param id   the operator or person id; null when unknown (a failed sign-in with an unknown name)
 * @param name the display name, or the name typed at a failed sign-in
 */
public record Actor(ActorKind kind, Long id, String name) {

    public static Actor anonymous() {
        return new Actor(ActorKind.ANONYMOUS, null, null);
    }
}
