package org.postwise.chat.discord;

import java.util.List;
import java.util.Objects;
import org.postwise.answer.Answer;

/**
 * What Postwise has to say back, free of any transport; the Discord listener decides where each kind goes.
 */
public sealed interface Reply {

    /** The messages to post, in order; never empty. */
    List<OutgoingMessage> messages();

    /**
     * An answer from the core, laid out, with its buttons under the last message.
     *
     * @param answer   the answer (for conversation memory)
     * @param messages the answer laid out
     */
    record Answered(Answer answer, List<OutgoingMessage> messages) implements Reply {

        public Answered {
            Objects.requireNonNull(answer, "answer");
            messages = nonEmpty(messages);
        }
    }

    /**
     * The question held patient details. {@code messages} (the warning) go to the author alone: ephemeral, or a
     * direct message; where only a public reply is possible, {@code channelNote} goes there instead. Neither
     * repeats the question.
     *
     * @param answerId    the warning's answer id, for the logs
     * @param messages    the full warning, for the author only
     * @param channelNote a short public note asking the author to delete the message
     */
    record PrivacyWarning(String answerId, List<OutgoingMessage> messages, OutgoingMessage channelNote)
            implements Reply {

        public PrivacyWarning {
            Objects.requireNonNull(answerId, "answerId");
            messages = nonEmpty(messages);
            Objects.requireNonNull(channelNote, "channelNote");
        }
    }

    /**
     * Anything else, shown to the person alone where the transport allows.
     *
     * @param kind     what it is about
     * @param messages what to show
     */
    record Notice(Kind kind, List<OutgoingMessage> messages) implements Reply {

        public Notice {
            Objects.requireNonNull(kind, "kind");
            messages = nonEmpty(messages);
        }

        public Notice(Kind kind, OutgoingMessage message) {
            this(kind, List.of(message));
        }
    }

    /** What a {@link Notice} is about. */
    enum Kind {
        /** How to ask (an empty question). */
        USAGE,
        /** The person asked too often. */
        RATE_LIMITED,
        /** Something failed: an apology with an error id. */
        ERROR,
        /** A vote was recorded. */
        FEEDBACK,
        /** The passages behind an answer. */
        PASSAGES,
        /** Sources, help, or a button that no longer works. */
        INFO
    }

    private static List<OutgoingMessage> nonEmpty(List<OutgoingMessage> messages) {
        var copy = List.copyOf(messages);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one message");
        }
        return copy;
    }
}
