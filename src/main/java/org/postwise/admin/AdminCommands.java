package org.postwise.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postwise.access.AccessPolicy;
import org.postwise.access.Caller;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.AuditLog;

/**
 * {@code /reload}, {@code /audit} and {@code /stats}, with no knowledge of any transport. Every call is
 * checked against the {@link AccessPolicy} here, so no transport can forget to; refusals are audited.
 */
public final class AdminCommands {

    /** Told to anyone who is not an admin. */
    public static final String NOT_ALLOWED =
            "Sorry, only Postwise's admins can do that. If you think you should be one, ask your communications team.";

    private final KnowledgeReloader reloader;
    private final AuditLog audit;
    private final UsageLog usage;
    private final AccessPolicy access;
    private final Clock clock;

    public AdminCommands(KnowledgeReloader reloader, AuditLog audit, UsageLog usage, AccessPolicy access, Clock clock) {
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reloads the knowledge base and returns the report as text, or a refusal. */
    public String reload(Caller caller) {
        if (!allowed(caller, "reload")) {
            return NOT_ALLOWED;
        }
        try {
            return reloader.reload(caller.userId()).toText();
        } catch (ReloadInProgressException e) {
            return "Not reloaded: " + e.getMessage() + ".";
        }
    }

    /** The newest audit entries. */
    public String audit(Caller caller, int limit) {
        if (!allowed(caller, "audit")) {
            return NOT_ALLOWED;
        }
        var entries = audit.recent(Math.max(1, Math.min(limit, 50)));
        if (entries.isEmpty()) {
            return "The audit trail is empty.";
        }
        return "Newest first:\n" + entries.stream().map(AuditEntry::toText).collect(Collectors.joining("\n"));
    }

    /** Usage over the last {@code days} days, with the most frequent unanswered questions. */
    public String stats(Caller caller, int days) {
        if (!allowed(caller, "stats")) {
            return NOT_ALLOWED;
        }
        int d = Math.max(1, Math.min(days, 3650));
        return usage.stats(clock.instant().minus(Duration.ofDays(d)), 10).toText();
    }

    private boolean allowed(Caller caller, String command) {
        Objects.requireNonNull(caller, "caller");
        if (access.isAdmin(caller)) {
            return true;
        }
        audit.record(new AuditEntry(clock.instant(), caller.userId(), command, "refused", "not an admin"));
        return false;
    }
}
