package org.postwise.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail. Never holds question text.
 *
 * @param at     when
 * @param actor  who (a Discord user id, "console", "cli", "scheduler")
 * @param action what ({@code reload}, {@code reload-check}, {@code tip-post}, {@code refused}, ...)
 * @param result how it ended ({@code ok}, {@code failed}, {@code refused}, ...)
 * @param detail a short summary, at most {@value #MAX_DETAIL} characters
 */
public record AuditEntry(Instant at, String actor, String action, String result, String detail) {

    public static final int MAX_DETAIL = 2000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        detail = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
    }

    /** One line, for /audit. */
    public String toText() {
        return at + "  " + actor + "  " + action + "  " + result + (detail.isEmpty() ? "" : "  " + detail);
    }
}
