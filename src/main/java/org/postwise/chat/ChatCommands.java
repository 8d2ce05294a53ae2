package org.postwise.chat;

import java.util.Objects;
import java.util.Set;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.DraftListener;
import org.postwise.answer.Question;
import org.postwise.answer.SourceCatalog;
import org.postwise.answer.SourcesReport;

/** The commands every transport offers, with no knowledge of any transport. */
public final class ChatCommands {

    private final AnswerService answers;
    private final SourceCatalog sources;

    /**
     * @param answers answers questions (the composition root decides whether usage is recorded on the way)
     * @param sources what the answers can cite
     */
    public ChatCommands(AnswerService answers, SourceCatalog sources) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** {@code /ask}: the templated, cited answer (or a warning, refusal or abstention). */
    public Answer ask(Question question) {
        return answers.answer(question);
    }

    /** {@code /ask}, showing the answer to {@code drafts} while a language model writes it. */
    public Answer ask(Question question, DraftListener drafts) {
        return answers.answer(question, drafts);
    }

    /** Every link of a source in the knowledge base in service: the only links a transport may post. */
    public Set<String> sourceLinks() {
        return sources.links();
    }

    /** {@code /sources}: what is indexed. */
    public SourcesReport sources() {
        return sources.report();
    }

    /** {@code /help}: what Postwise does and how to use it, with {@code prefix} before command names. */
    public String help(String prefix) {
        return """
                Postwise answers questions about professional social-media use in health care, from the \
                review papers and the institution's guideline cards, and cites its sources.

                %1$sask <question>  ask a question (or just type it)
                %1$stip             this week's social-media tip
                %1$ssources         list what is indexed
                %1$shelp            show this help

                Never paste patient details (names, dates of birth, phone numbers, record numbers...): \
                Postwise will warn you and will not keep what you wrote.""".formatted(prefix);
    }
}
