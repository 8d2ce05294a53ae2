package org.postwise.audit;

import java.util.List;

/** The audit trail of reloads, tip posts and permission refusals. Thread-safe. */
public interface AuditLog {

    /** Keeps nothing: for one-shot command-line checks that have no database. */
    AuditLog NONE = new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return List.of();
        }
    };

    void record(AuditEntry entry);

    /** The newest {@code limit} entries, newest first. */
    List<AuditEntry> recent(int limit);
}
