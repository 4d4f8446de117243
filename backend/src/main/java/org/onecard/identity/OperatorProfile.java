package org.onecard.identity;

import java.util.List;

/** An operator with their roles and the permissions those roles grant, both sorted. */
public record OperatorProfile(long id, String username, String displayName, boolean enabled, List<String> roles,
                              List<String> permissions) {
}
