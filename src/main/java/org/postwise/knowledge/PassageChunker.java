package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Packs consecutive sentences greedily into windows of at most {@code maxChars} characters, without
 * overlap. Sentences are never cut: one that is longer than the limit becomes a window on its own, so
 * a passage always reads as whole sentences.
 */
public final class PassageChunker {

    /** The window size used when none is configured: a few sentences, small enough to cite precisely. */
    public static final int DEFAULT_MAX_CHARS = 480;

    /** Smaller windows would split most passages into single clauses and lose their context. */
    public static final int MIN_MAX_CHARS = 100;

    private final int maxChars;
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** A chunker with the {@link #DEFAULT_MAX_CHARS default} window. */
    public PassageChunker() {
        this(DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars the largest window in characters; at least {@value #MIN_MAX_CHARS}
     */
    public PassageChunker(int maxChars) {
        if (maxChars < MIN_MAX_CHARS) {
            throw new IllegalArgumentException(
                    "maxChars must be at least " + MIN_MAX_CHARS + " but was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /**
     * Splits {@code text} into sentences (blank lines are hard sentence breaks) and packs them.
     *
     * @return the windows in order; empty for blank text
     */
    public List<String> chunk(String text) {
        return pack(splitter.split(Objects.requireNonNull(text, "text")));
    }

    /** Packs already split sentences, joined by single spaces. */
    public List<String> pack(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        List<String> windows = new ArrayList<>();
        StringBuilder window = new StringBuilder();
        for (String raw : sentences) {
            String sentence = raw.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (window.length() > 0 && window.length() + 1 + sentence.length() > maxChars) {
                windows.add(window.toString());
                window.setLength(0);
            }
            if (window.length() > 0) {
                window.append(' ');
            }
            window.append(sentence);
        }
        if (window.length() > 0) {
            windows.add(window.toString());
        }
        return windows;
    }
}
