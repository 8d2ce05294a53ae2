package org.postwise.answer.safety;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Is a cue word within a few characters of this match?" Several identifiers (a full date, a profile URL)
 * only point at a patient when a patient word stands next to them; a meeting date or a hospital's own
 * Facebook page does not. Only a bounded window around the match is searched, so each check costs a
 * constant amount of work however long the question is.
 *
 * @param cue    the cue pattern (for example patient words)
 * @param before how many characters before the match to search
 * @param after  how many characters after the match to search
 */
record Proximity(Pattern cue, int before, int after) {

    Proximity {
        Objects.requireNonNull(cue, "cue must not be null");
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException(
                    "window sizes must not be negative: before=" + before + ", after=" + after);
        }
    }

    /** Whether the cue occurs in the window around {@code [start, end)} of {@code text}. */
    boolean near(String text, int start, int end) {
        return occursIn(text, Math.max(0, start - before), Math.min(text.length(), end + after));
    }

    /**
     * Whether the cue occurs in the {@code before} characters that precede {@code start}; a {@code start} past the
     * end of the text (a caller's offset into the match) counts as the end.
     */
    boolean precedes(String text, int start) {
        int at = Math.min(Math.max(0, start), text.length());
        return occursIn(text, Math.max(0, at - before), at);
    }

    private boolean occursIn(String text, int from, int to) {
        Matcher m = cue.matcher(text);
        // Transparent bounds let \b see past the window's edges, so half a word at the edge cannot match.
        m.region(from, to).useTransparentBounds(true);
        return m.find();
    }
}
