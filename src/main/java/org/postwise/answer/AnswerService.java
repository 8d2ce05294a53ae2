package org.postwise.answer;

/**
 * Answers questions from the knowledge base. Every transport calls this one service, so guards, grounding,
 * caching and templates are the same everywhere. Implementations are thread-safe and never throw for
 * anything a user can type.
 */
public interface AnswerService {

    Answer answer(Question question);

    default Answer answer(String question) {
        return answer(Question.of(question));
    }
}
