package org.postwise.chat.discord;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom id of a button under an answer: {@code pw:<action>:<answerId>}, e.g. {@code pw:fb:up:1a2b3c4d}.
 * It carries the answer id and nothing else, never any text: what a button needs is looked up by that id.
 *
 * @param action   what the button does
 * @param answerId the answer it belongs to
 */
public record ComponentId(Action action, String answerId) {

    /** Every Postwise component id starts with this. */
    public static final String PREFIX = "pw:";
    /** What an answer id may look like: short, and never derived from a question. */
    private static final Pattern ANSWER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** The buttons under an answer. */
    public enum Action {
        /** "Helpful". */
        HELPFUL("fb:up"),
        /** "Not helpful". */
        NOT_HELPFUL("fb:down"),
        /** "Show passages". */
        PASSAGES("src");

        private final String key;

        Action(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    public ComponentId {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(answerId, "answerId");
        if (!ANSWER_ID.matcher(answerId).matches()) {
            throw new IllegalArgumentException("an answer id is 1 to 64 letters, digits, '-' or '_'");
        }
    }

    /** The custom id to put on the button. */
    public String encode() {
        return PREFIX + action.key() + ":" + answerId;
    }

    /** Reads a custom id; empty when it is not one of Postwise's or is malformed. */
    public static Optional<ComponentId> parse(String raw) {
        if (raw == null || !raw.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = raw.substring(PREFIX.length());
        for (Action a : Action.values()) {
            String head = a.key() + ":";
            if (rest.startsWith(head)) {
                String id = rest.substring(head.length());
                return ANSWER_ID.matcher(id).matches() ? Optional.of(new ComponentId(a, id)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
