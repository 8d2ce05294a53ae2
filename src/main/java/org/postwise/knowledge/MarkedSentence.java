package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a card's prose that fits only some of the people asking about its situation, as its
 * {@code [when: …]} and {@code [unless: …]} markers say: it is quoted as evidence only when the question names one
 * of its {@code when} cues (when it has any), and never when the question names one of its {@code unless} cues.
 * The study of how often patients send requests fits someone deciding about a request; a comment on a family's
 * memorial post fits someone who was asked to comment, not someone writing a post of their own.
 *
 * @param text   the sentence as the card's passages hold it (without markers)
 * @param when   the cues of the sub-case it is for; empty when it is for every asker but those {@code unless} names
 * @param unless the cues of the sub-cases it does not fit
 */
public record MarkedSentence(String text, List<String> when, List<String> unless) {

    public MarkedSentence {
        Objects.requireNonNull(text, "text");
        when = List.copyOf(when);
        unless = List.copyOf(unless);
        if (text.isBlank()) {
            throw new IllegalArgumentException("a marked sentence has no text");
        }
        if (when.isEmpty() && unless.isEmpty()) {
            throw new IllegalArgumentException("sentence '" + text + "' is marked without cues");
        }
    }
}
