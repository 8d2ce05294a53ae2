package org.postwise.chat.discord;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.postwise.feedback.Feedback;
import org.postwise.feedback.FeedbackStore;
import org.postwise.feedback.RecentAnswers;
import org.postwise.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the buttons under an answer, free of JDA. A button's id carries only the answer id
 * ({@link ComponentId}); the answer itself comes from {@link RecentAnswers}.
 *
 * <ul>
 *   <li>"Helpful" / "Not helpful" record a vote in the {@link FeedbackStore}: one per user per answer, a second
 *       click replaces the first. The question goes with it only when the answer raised no flag and is still
 *       remembered; a vote on an answer no longer remembered is recorded without it.</li>
 *   <li>"Show passages" returns the quoted passages in full, for the clicker alone.</li>
 * </ul>
 */
public final class ButtonHandler {

    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    static final String EXPIRED = "I no longer have that answer at hand. Please ask the question again to see "
            + "its passages.";
    static final String UNKNOWN = "That button no longer works. Please ask the question again.";

    private final FeedbackStore feedback;
    private final RecentAnswers recent;
    private final AnswerLayout layout;
    private final ErrorReporter errors;
    private final Clock clock;

    public ButtonHandler(FeedbackStore feedback, RecentAnswers recent, AnswerLayout layout, ErrorReporter errors,
                         Clock clock) {
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code customId} is one of Postwise's buttons. */
    public static boolean owns(String customId) {
        return customId != null && customId.startsWith(ComponentId.PREFIX);
    }

    /** Handles a click by {@code userId} on the button {@code customId}. */
    public Reply click(String userId, String customId) {
        Objects.requireNonNull(userId, "userId");
        try {
            Optional<ComponentId> parsed = ComponentId.parse(customId);
            if (parsed.isEmpty()) {
                return new Reply.Notice(Reply.Kind.INFO, layout.notice(UNKNOWN));
            }
            ComponentId id = parsed.get();
            Optional<RecentAnswers.Entry> entry = recent.get(id.answerId());
            return switch (id.action()) {
                case HELPFUL -> vote(userId, id.answerId(), Vote.HELPFUL, entry);
                case NOT_HELPFUL -> vote(userId, id.answerId(), Vote.NOT_HELPFUL, entry);
                case PASSAGES -> entry
                        .<Reply>map(e -> new Reply.Notice(Reply.Kind.PASSAGES, layout.passages(e.answer())))
                        .orElseGet(() -> new Reply.Notice(Reply.Kind.INFO, layout.notice(EXPIRED)));
            };
        } catch (RuntimeException e) {
            return errors.report("handling a button failed", e);
        }
    }

    private Reply vote(String userId, String answerId, Vote vote, Optional<RecentAnswers.Entry> entry) {
        String question = entry.flatMap(RecentAnswers.Entry::question).orElse(null);
        Set<String> flags = entry.map(e -> e.answer().flags()).orElse(Set.of());
        var outcome = feedback.record(Feedback.of(answerId, userId, vote, clock.instant(), question, flags));
        log.debug("answer {}: vote {} ({})", answerId, vote, outcome);
        String what = vote == Vote.HELPFUL ? "helpful" : "not helpful";
        String text = switch (outcome) {
            case RECORDED -> "Thanks! I've noted that this answer was " + what + ".";
            case CHANGED -> "Thanks! I've changed your vote: this answer was " + what + ".";
            case UNCHANGED -> "You've already said this answer was " + what + ". Thanks!";
        };
        return new Reply.Notice(Reply.Kind.FEEDBACK, layout.notice(text));
    }
}
