package org.postwise.chat.discord;

import java.util.Objects;
import java.util.function.Supplier;
import org.postwise.chat.AdminCommands;
import org.postwise.chat.Caller;

/**
 * {@code /reload}, {@code /audit} and {@code /stats} for Discord: lays out what {@link AdminCommands} says.
 * The permission check is in {@link AdminCommands}, on every call; Discord's default command permissions
 * only hide these commands from members who are not administrators.
 */
final class AdminHandler {

    private final AdminCommands admin;
    private final AnswerLayout layout;
    private final ErrorReporter errors;

    AdminHandler(AdminCommands admin, AnswerLayout layout, ErrorReporter errors) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    Reply reload(Caller caller) {
        return reply("Reload", () -> admin.reload(caller));
    }

    Reply audit(Caller caller) {
        return reply("Audit trail", () -> admin.audit(caller, 20));
    }

    Reply stats(Caller caller, int days) {
        return reply("Usage over " + days + " days", () -> admin.stats(caller, days));
    }

    private Reply reply(String title, Supplier<String> text) {
        try {
            return new Reply.Notice(Reply.Kind.INFO, layout.document(title, text.get()));
        } catch (RuntimeException e) {
            return errors.report("an admin command failed", e);
        }
    }
}
