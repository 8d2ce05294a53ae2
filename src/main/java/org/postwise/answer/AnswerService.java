package org.postwise.answer;

/**
 * Answers questions from the knowledge base. Every transport calls this one service, so guards, grounding,
 * caching and templates are the same everywhere. Implementations are thread-safe and never throw for
 * anything a user can type.
 */
public interface AnswerService {

    /**
     * Answers {@code question}, showing the answer to {@code drafts} while a language model writes it. Services
     * without drafts of their own pass them on or ignore them.
     */
    Answer answer(Question question, DraftListener drafts);

    /** Answers {@code question} with no one watching drafts. */
    default Answer answer(Question question) {
        return answer(question, DraftListener.NONE);
    }

    default Answer answer(String question) {
        return answer(Question.of(question));
    }
}
