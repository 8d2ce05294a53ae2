package org.postwise.chat.discord;

import java.util.Objects;
import java.util.OptionalLong;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.answer.DraftListener;
import org.postwise.answer.safety.QuestionGuard;

/**
 * {@code /ask question:<text> [private:<bool>]}: answered in the channel, or to the asker alone. A question with
 * patient details is deferred privately from the start (the guard takes microseconds), so nothing about it ever
 * shows in the channel, not even a placeholder.
 */
public final class AskCommand implements SlashCommand {

    static final String NAME = "ask";
    static final String QUESTION = "question";
    static final String PRIVATE = "private";

    private final QuestionHandler questions;
    private final QuestionGuard identifiers;

    /** @param identifiers the patient-identifier guard, run before deferring to choose where the reply goes */
    public AskCommand(QuestionHandler questions, QuestionGuard identifiers) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "Ask about professional social-media use in health care")
                .addOption(OptionType.STRING, QUESTION, "Your question. Never include patient details.", true)
                .addOption(OptionType.BOOLEAN, PRIVATE, "Show the answer to you alone", false);
    }

    /**
     * Public, so colleagues see the answer too, unless the asker chose {@code private:True} or the question holds
     * patient details.
     */
    @Override
    public boolean privately(Invocation invocation) {
        return invocation.flag(PRIVATE)
                || identifiers.inspect(invocation.option(QUESTION).orElse("")).has(QuestionGuard.PHI);
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
