package org.postwise.chat.discord;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.postwise.answer.Answer;
import org.postwise.answer.DraftListener;
import org.postwise.answer.Question;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.ConversationMemory;
import org.postwise.chat.RateLimiter;
import org.postwise.feedback.RecentAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles questions however they arrive on Discord ({@code /ask}, a mention, a direct message, a follow-up in a
 * thread) through the transport-free {@link ChatCommands}. Free of JDA: it returns a {@link Reply} and a listener
 * posts it.
 *
 * <p>Order of work for a question: an empty question gets usage help; the per-user rate limit; the core's
 * answer (with the conversation's earlier questions); a {@code phi} answer (the warning, and the guidance
 * answered from a masked copy) becomes a {@link Reply.PrivacyWarning} for its author alone and nothing about it
 * is kept; any other answer is remembered for its buttons and laid out. Any failure ends
 * in an apology with an error id. Never logs what a user wrote.
 */
public final class QuestionHandler {

    private static final Logger log = LoggerFactory.getLogger(QuestionHandler.class);

    static final String USAGE = "Ask me a question about professional social-media use in health care, for "
            + "example: \"Can I accept a friend request from a patient?\" Use `/ask`, mention me in a channel, or "
            + "send me a direct message.";
    static final String CHANNEL_NOTE = "⚠️ This message seems to contain patient details, so I haven't answered "
            + "it here and I haven't kept it. I've sent its author a private reply: please delete the message.";

    private final ChatCommands commands;
    private final RateLimiter limiter;
    private final ConversationMemory memory;
    private final RecentAnswers recent;
    private final AnswerLayout layout;
    private final ErrorReporter errors;

    public QuestionHandler(ChatCommands commands, RateLimiter limiter, ConversationMemory memory,
                           RecentAnswers recent, AnswerLayout layout, ErrorReporter errors) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Answers {@code text} from {@code userId}. With a {@code conversation} (the id of a thread Postwise
     * started, or of a direct-message channel), the conversation's earlier questions go with it and this one is
     * added to them.
     */
    public Reply ask(String userId, String text, OptionalLong conversation) {
        return ask(userId, text, conversation, DraftListener.NONE);
    }

    /**
     * As {@link #ask(String, String, OptionalLong)}, showing the answer to {@code drafts} while a language model
     * writes it.
     */
    public Reply ask(String userId, String text, OptionalLong conversation, DraftListener drafts) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(drafts, "drafts");
        try {
            String question = text == null ? "" : text.strip();
            if (question.isEmpty()) {
                return new Reply.Notice(Reply.Kind.USAGE, layout.notice(USAGE));
            }
            RateLimiter.Decision decision = limiter.tryAcquire(userId);
            if (!decision.allowed()) {
                log.debug("rate limit reached for a user");
                return new Reply.Notice(Reply.Kind.RATE_LIMITED,
                        layout.notice(rateLimited(limiter.permits(), decision.retryAfter())));
            }
            List<String> earlier = conversation.isPresent() ? memory.earlier(conversation.getAsLong()) : List.of();
            var asked = new Question(question, earlier);
            Answer answer = drafts == DraftListener.NONE ? commands.ask(asked) : commands.ask(asked, drafts);
            if (answer.flags().contains(QuestionGuard.PHI)) {
                log.info("answer {}: privacy warning given with masked guidance; the question was not kept",
                        answer.id());
                return new Reply.PrivacyWarning(answer.id(), layout.answer(answer), layout.notice(CHANNEL_NOTE));
            }
            recent.put(answer, question);
            conversation.ifPresent(id -> memory.add(id, question, answer));
            log.debug("answer {}: answered={} flags={} follow-up={}", answer.id(), answer.answered(),
                    answer.flags(), !earlier.isEmpty());
            return new Reply.Answered(answer, layout.answer(answer));
        } catch (RuntimeException e) {
            return errors.report("answering a question failed", e);
        }
    }

    /**
     * Starts conversation {@code channelId} (a thread Postwise just created under a question) with the question
     * that opened it, so follow-ups there have it in mind. Nothing is kept for a flagged answer.
     */
    public void startConversation(long channelId, String question, Answer answer) {
        memory.add(channelId, question.strip(), answer);
    }

    static String rateLimited(int permits, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return "Sorry, you've reached the limit of " + permits + (permits == 1 ? " question" : " questions")
                + " a minute, which keeps Postwise quick for everyone. Please ask again in " + seconds
                + (seconds == 1 ? " second." : " seconds.");
    }
}
