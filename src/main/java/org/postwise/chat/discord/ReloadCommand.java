package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.admin.AdminCommands;

/** {@code /reload}, for admins: reloads the knowledge base from its files and shows the report. */
public final class ReloadCommand implements SlashCommand {

    private final AdminCommands admin;
    private final AnswerLayout layout;

    public ReloadCommand(AdminCommands admin, AnswerLayout layout) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public SlashCommandData definition() {
        // hidden from members without the Administrator permission; AdminCommands still checks every call
        return Commands.slash("reload", "Admins: reload the knowledge base from its files")
                .setDefaultPermissions(DefaultMemberPermissions.DISABLED);
    }

    @Override
    public Reply handle(Invocation invocation) {
        return new Reply.Notice(Reply.Kind.INFO, layout.document("Reload", admin.reload(invocation.caller())));
    }
}
