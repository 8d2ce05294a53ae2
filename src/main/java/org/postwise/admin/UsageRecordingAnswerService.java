package org.postwise.admin;

import java.util.Objects;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.DraftListener;
import org.postwise.answer.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers through another {@link AnswerService} and records each question's outcome in the {@link UsageLog}, for
 * {@code /stats}. Chat transports get this one; one-shot commands ({@code ask}, {@code batch}) get the plain
 * service and never open the database.
 */
public final class UsageRecordingAnswerService implements AnswerService {

    private static final Logger log = LoggerFactory.getLogger(UsageRecordingAnswerService.class);

    private final AnswerService answers;
    private final UsageLog usage;

    public UsageRecordingAnswerService(AnswerService answers, UsageLog usage) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    @Override
    public Answer answer(Question question, DraftListener drafts) {
        Answer answer = answers.answer(question, drafts);
        try {
            usage.record(question.text(), answer);
        } catch (RuntimeException e) {
            // statistics must never cost a user their answer
            log.warn("could not record usage for answer {}: {}", answer.id(), e.toString());
        }
        return answer;
    }
}
