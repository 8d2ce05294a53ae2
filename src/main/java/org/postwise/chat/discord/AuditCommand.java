package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.admin.AdminCommands;

/** {@code /audit}, for admins: the newest entries of the audit trail. */
public final class AuditCommand implements SlashCommand {

    /** Entries shown. */
    static final int ENTRIES = 20;

    private final AdminCommands admin;
    private final AnswerLayout layout;

    public AuditCommand(AdminCommands admin, AnswerLayout layout) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public SlashCommandData definition() {
        // hidden from members without the Administrator permission; AdminCommands still checks every call
        return Commands.slash("audit", "Admins: recent reloads, tip posts and refusals")
                .setDefaultPermissions(DefaultMemberPermissions.DISABLED);
    }

    @Override
    public Reply handle(Invocation invocation) {
        return new Reply.Notice(Reply.Kind.INFO,
                layout.document("Audit trail", admin.audit(invocation.caller(), ENTRIES)));
    }
}
