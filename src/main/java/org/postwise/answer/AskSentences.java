package org.postwise.answer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of a question that asks: staff often tell a story first ("a coworker posted about me on Facebook…")
 * and ask at the end ("…do I have a case for defamation?"), and the story's words can pull the whole question
 * toward a situation the ask is not about. The ask is the sentences that end with a question mark, or the last
 * sentence when none does.
 *
 * <p>Sentences are found by the JDK's {@link BreakIterator}, not the knowledge base's {@code SentenceSplitter}:
 * staff type in lower case ("…on fb. is that ok?"), and that splitter, written for published prose, waits for a
 * capital letter before it ends a sentence.
 */
final class AskSentences {

    private AskSentences() {
    }

    /**
     * The ask of a question of two or more sentences; empty for a one-sentence question, whose ask is the
     * question itself, and when the ask is all of it.
     */
    static Optional<String> of(String question) {
        var sentences = new ArrayList<String>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(question);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = question.substring(start, end).strip();
            if (!s.isEmpty()) {
                sentences.add(s);
            }
        }
        if (sentences.size() < 2) {
            return Optional.empty();
        }
        var asks = sentences.stream().filter(s -> s.endsWith("?")).toList();
        String ask = asks.isEmpty() ? sentences.get(sentences.size() - 1) : String.join(" ", asks);
        return asks.size() == sentences.size() ? Optional.empty() : Optional.of(ask);
    }
}
