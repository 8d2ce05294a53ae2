package org.postwise.chat.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Postwise's slash commands: {@code /ask question:<text> [private:<bool>]}, {@code /sources}, {@code /help}, and
 * for admins {@code /reload}, {@code /audit}, {@code /stats [days]}; {@code /tip [action]} (see {@link TipHandler}).
 */
final class SlashCommands {

    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String PRIVATE = "private";
    static final String SOURCES = "sources";
    static final String HELP = "help";
    static final String RELOAD = "reload";
    static final String AUDIT = "audit";
    static final String STATS = "stats";
    static final String DAYS = "days";

    private SlashCommands() {
    }

    static List<SlashCommandData> definitions() {
        return List.of(
                Commands.slash(ASK, "Ask about professional social-media use in health care")
                        .addOption(OptionType.STRING, QUESTION,
                                "Your question. Never include patient details.", true)
                        .addOption(OptionType.BOOLEAN, PRIVATE, "Show the answer to you alone", false),
                Commands.slash(SOURCES, "List what Postwise has indexed"),
                Commands.slash(HELP, "How to use Postwise"),
                // for everyone; its team actions are checked by Postwise on every call (issue 4)
                TipHandler.definition(),
                // hidden from members without the Administrator permission; Postwise still checks every call
                Commands.slash(RELOAD, "Admins: reload the knowledge base from its files")
                        .setDefaultPermissions(DefaultMemberPermissions.DISABLED),
                Commands.slash(AUDIT, "Admins: recent reloads, tip posts and refusals")
                        .setDefaultPermissions(DefaultMemberPermissions.DISABLED),
                Commands.slash(STATS, "Admins: questions, answers, votes and gaps in the knowledge base")
                        .addOption(OptionType.INTEGER, DAYS, "How many days back (default 30)", false)
                        .setDefaultPermissions(DefaultMemberPermissions.DISABLED));
    }
}
