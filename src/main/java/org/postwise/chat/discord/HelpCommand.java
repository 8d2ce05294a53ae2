package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.chat.ChatCommands;

/** {@code /help}: the help every transport shows, and how Postwise works on Discord. */
public final class HelpCommand implements SlashCommand {

    static final String ON_DISCORD = """


            **On Discord**
            - `/ask question:<text>` answers in the channel; add `private:True` to see the answer alone.
            - Mention me in a channel and I answer in a thread under your message. Mention me again in \
            that thread to ask a follow-up: I keep the thread's earlier questions in mind.
            - Or send me a direct message.
            - Under each answer, **Helpful** and **Not helpful** tell us how it went, and **Show passages** \
            shows you the quoted material in full.""";

    private final ChatCommands chat;
    private final AnswerLayout layout;

    public HelpCommand(ChatCommands chat, AnswerLayout layout) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("help", "How to use Postwise");
    }

    @Override
    public Reply handle(Invocation invocation) {
        return new Reply.Notice(Reply.Kind.INFO, layout.document("Postwise help", chat.help("/") + ON_DISCORD));
    }
}
