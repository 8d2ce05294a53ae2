package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One "What to do" action of a card.
 *
 * @param text    the action as plain text, without citation or sub-case markers
 * @param sources the bodies that say it, or only {@link SourceRef#OWN_ADVICE} when it is Postwise's own advice
 * @param when    the cues of its sub-case ({@code [when: …]}): words a question about that sub-case would use
 *                (a manager, a request already accepted, a work account); empty when it fits everyone asking
 *                about the card's situation
 * @param unless  the cues of the sub-cases it does not fit ({@code [unless: …]}): words a question from another
 *                stage or asker would use (a page that already exists, a request already accepted); empty when no
 *                asker about the situation is left out
 */
public record Guidance(String text, List<SourceRef> sources, List<String> when, List<String> unless) {

    public Guidance {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        when = List.copyOf(when);
        unless = List.copyOf(unless);
        if (text.isBlank()) {
            throw new IllegalArgumentException("guidance has no text");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("guidance '" + text + "' has no source");
        }
    }

    /** An action for the sub-case its {@code when} cues name (for everyone when there are none). */
    public Guidance(String text, List<SourceRef> sources, List<String> when) {
        this(text, sources, when, List.of());
    }

    /** An action that fits everyone asking about the card's situation. */
    public Guidance(String text, List<SourceRef> sources) {
        this(text, sources, List.of(), List.of());
    }

    /** Whether no body is cited for it: it is Postwise's own advice. */
    public boolean ownAdvice() {
        return sources.stream().allMatch(SourceRef::isOwnAdvice);
    }

    /** Whether it fits only askers in a sub-case of the situation. */
    public boolean subCase() {
        return !when.isEmpty();
    }
}
