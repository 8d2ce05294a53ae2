package org.postwise.chat.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** Postwise's slash commands: {@code /ask question:<text> [private:<bool>]}, {@code /sources}, {@code /help}. */
final class SlashCommands {

    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String PRIVATE = "private";
    static final String SOURCES = "sources";
    static final String HELP = "help";

    private SlashCommands() {
    }

    static List<SlashCommandData> definitions() {
        return List.of(
                Commands.slash(ASK, "Ask about professional social-media use in health care")
                        .addOption(OptionType.STRING, QUESTION,
                                "Your question. Never include patient details.", true)
                        .addOption(OptionType.BOOLEAN, PRIVATE, "Show the answer to you alone", false),
                Commands.slash(SOURCES, "List what Postwise has indexed"),
                Commands.slash(HELP, "How to use Postwise"));
    }
}
