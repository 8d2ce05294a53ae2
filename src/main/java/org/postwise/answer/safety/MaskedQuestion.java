package org.postwise.answer.safety;

import java.util.List;
import java.util.Objects;

/**
 * A question with its identifiers replaced by placeholders.
 *
 * @param text  the normalized question with each identifier replaced by a placeholder such as "[name]"
 * @param kinds the kinds of identifier replaced, each once, in the order of first occurrence; fixed labels,
 *              never question text
 */
public record MaskedQuestion(String text, List<String> kinds) {

    public MaskedQuestion {
        Objects.requireNonNull(text, "text must not be null");
        kinds = List.copyOf(kinds);
    }

    /** Whether anything was replaced. */
    public boolean changed() {
        return !kinds.isEmpty();
    }

    /** Shows the length and the kinds only: the text is still user text and must not reach a log. */
    @Override
    public String toString() {
        return "MaskedQuestion[" + text.length() + " chars, kinds=" + kinds + "]";
    }
}
