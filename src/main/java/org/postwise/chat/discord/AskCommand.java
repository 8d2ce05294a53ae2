package org.postwise.chat.discord;

import java.util.Objects;
import java.util.OptionalLong;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.answer.DraftListener;

/** {@code /ask question:<text> [private:<bool>]}: answered in the channel, or to the asker alone. */
public final class AskCommand implements SlashCommand {

    static final String NAME = "ask";
    static final String QUESTION = "question";
    static final String PRIVATE = "private";

    private final QuestionHandler questions;

    public AskCommand(QuestionHandler questions) {
        this.questions = Objects.requireNonNull(questions, "questions");
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "Ask about professional social-media use in health care")
                .addOption(OptionType.STRING, QUESTION, "Your question. Never include patient details.", true)
                .addOption(OptionType.BOOLEAN, PRIVATE, "Show the answer to you alone", false);
    }

    /** Public, so colleagues see the answer too, unless the asker chose {@code private:True}. */
    @Override
    public boolean privately(Invocation invocation) {
        return invocation.flag(PRIVATE);
    }

    @Override
    public Reply handle(Invocation invocation) {
        return questions.ask(invocation.caller().userId(), invocation.option(QUESTION).orElse(""),
                OptionalLong.empty());
    }

    /** Streams: the drafts edit the deferred reply while a language model writes the answer. */
    @Override
    public Reply handle(Invocation invocation, DraftListener drafts) {
        return questions.ask(invocation.caller().userId(), invocation.option(QUESTION).orElse(""),
                OptionalLong.empty(), drafts);
    }
}
