package org.postwise.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling a command, as the transport knows them.
 *
 * @param userId  the platform's user id ("console" for the local console)
 * @param roleIds the caller's role ids in the server where they called from (empty in DMs)
 * @param local   true for the person running the process (console, command line): trusted as an admin
 */
public record Caller(String userId, Set<Long> roleIds, boolean local) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roleIds = Set.copyOf(roleIds);
    }

    public static Caller console() {
        return new Caller("console", Set.of(), true);
    }

    public static Caller member(String userId, Set<Long> roleIds) {
        return new Caller(userId, roleIds, false);
    }
}
