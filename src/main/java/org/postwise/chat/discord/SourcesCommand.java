package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.chat.ChatCommands;

/** {@code /sources}: what Postwise has indexed. */
public final class SourcesCommand implements SlashCommand {

    private final ChatCommands chat;
    private final AnswerLayout layout;

    public SourcesCommand(ChatCommands chat, AnswerLayout layout) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("sources", "List what Postwise has indexed");
    }

    @Override
    public Reply handle(Invocation invocation) {
        return new Reply.Notice(Reply.Kind.INFO, layout.document("What Postwise has indexed", chat.sources().toText()));
    }
}
