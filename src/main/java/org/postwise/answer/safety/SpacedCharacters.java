package org.postwise.answer.safety;

import java.util.regex.Pattern;

/**
 * Identifiers typed one character at a time: "hospital number M T 7 7 2 0 1 9" reads as "MT772019". A record number
 * spaced out, by a phone's dictation or to get past a filter, is still the number, so the patient-identifier guard
 * reads the question this way too.
 *
 * <p>Only runs of five or more single letters or digits, one space apart and holding at least four digits, are
 * joined: initials ("J R R Tolkien") and lists ("options a b c d") are left as they are.
 */
final class SpacedCharacters {

    // each character stands alone: "M T 7 7 2 0 1 9 posted" ends before "posted"
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]"
            + "(?: [\\p{L}\\p{N}](?![\\p{L}\\p{N}])){4,}+");
    private static final int MIN_DIGITS = 4;

    private SpacedCharacters() {
    }

    /** Whether {@code text} holds a run to join. */
    static boolean present(String text) {
        var m = RUN.matcher(text);
        while (m.find()) {
            if (digits(m.group()) >= MIN_DIGITS) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with each run of spaced characters that holds enough digits written together. */
    static String joined(String text) {
        return RUN.matcher(text).replaceAll(m -> digits(m.group()) >= MIN_DIGITS ? m.group().replace(" ", "")
                : m.group());
    }

    private static int digits(String run) {
        return (int) run.chars().filter(Character::isDigit).count();
    }
}
