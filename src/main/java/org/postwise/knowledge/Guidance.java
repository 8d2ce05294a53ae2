package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One "What to do" action of a card.
 *
 * @param text    the action as plain text, without citation markers
 * @param sources the bodies that say it, or only {@link SourceRef#OWN_ADVICE} when it is Postwise's own advice
 */
public record Guidance(String text, List<SourceRef> sources) {

    public Guidance {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (text.isBlank()) {
            throw new IllegalArgumentException("guidance has no text");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("guidance '" + text + "' has no source");
        }
    }

    /** Whether no body is cited for it: it is Postwise's own advice. */
    public boolean ownAdvice() {
        return sources.stream().allMatch(SourceRef::isOwnAdvice);
    }
}
