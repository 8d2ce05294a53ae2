package org.postwise.access;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * Who may run admin and communications-team commands. Checked on the server for every call: a chat
 * platform's own command permissions only hide commands, they are not a security boundary.
 */
public record AccessPolicy(Set<Long> adminRoleIds, Set<String> adminUserIds, Set<Long> commsRoleIds) {

    public AccessPolicy {
        adminRoleIds = Set.copyOf(adminRoleIds);
        adminUserIds = Set.copyOf(adminUserIds);
        commsRoleIds = Set.copyOf(commsRoleIds);
    }

    /** Only the local console is trusted. */
    public static final AccessPolicy LOCAL_ONLY = new AccessPolicy(Set.of(), Set.of(), Set.of());

    public boolean isAdmin(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return caller.local() || adminUserIds.contains(caller.userId())
                || !Collections.disjoint(adminRoleIds, caller.roleIds());
    }

    /** The communications team, and admins. */
    public boolean isComms(Caller caller) {
        return isAdmin(caller) || !Collections.disjoint(commsRoleIds, caller.roleIds());
    }
}
