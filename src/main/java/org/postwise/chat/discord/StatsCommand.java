package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.admin.AdminCommands;

/** {@code /stats [days]}, for admins: questions, answers, votes and the gaps in the knowledge base. */
public final class StatsCommand implements SlashCommand {

    static final String DAYS = "days";
    static final int DEFAULT_DAYS = 30;

    private final AdminCommands admin;
    private final AnswerLayout layout;

    public StatsCommand(AdminCommands admin, AnswerLayout layout) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public SlashCommandData definition() {
        // hidden from members without the Administrator permission; AdminCommands still checks every call
        return Commands.slash("stats", "Admins: questions, answers, votes and gaps in the knowledge base")
                .addOption(OptionType.INTEGER, DAYS, "How many days back (default " + DEFAULT_DAYS + ")", false)
                .setDefaultPermissions(DefaultMemberPermissions.DISABLED);
    }

    @Override
    public Reply handle(Invocation invocation) {
        int days = invocation.number(DAYS, DEFAULT_DAYS);
        return new Reply.Notice(Reply.Kind.INFO,
                layout.document("Usage over " + days + " days", admin.stats(invocation.caller(), days)));
    }
}
