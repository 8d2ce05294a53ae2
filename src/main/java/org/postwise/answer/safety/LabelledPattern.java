package org.postwise.answer.safety;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a flagged thing (an identifier, an injection phrase) shows up in text: a precompiled pattern,
 * the fixed label reported when it is found, a cheap prerequisite that lets the pattern skip text that
 * cannot contain it, and a check that each candidate match must pass (context the regex alone cannot
 * express, such as "a patient word is nearby" or "this capitalised word is not a month").
 *
 * @param kind         the label reported in a verdict; never text taken from the question
 * @param pattern      the candidate pattern, written so that it runs in linear time
 * @param prerequisite what the text must contain before the pattern is worth running
 * @param check        decides whether a candidate counts
 */
record LabelledPattern(String kind, Pattern pattern, Prerequisite prerequisite, MatchCheck check) {

    /** What must be present in the text for the pattern to have any chance of matching. */
    enum Prerequisite {
        NONE, DIGIT, AT_SIGN
    }

    /** Decides whether one candidate match counts, given the whole normalized text. */
    @FunctionalInterface
    interface MatchCheck {
        MatchCheck ALWAYS = (text, match) -> true;

        boolean accepts(String text, Matcher match);
    }

    LabelledPattern {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(pattern, "pattern must not be null");
        Objects.requireNonNull(prerequisite, "prerequisite must not be null");
        Objects.requireNonNull(check, "check must not be null");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
    }

    LabelledPattern(String kind, Pattern pattern, Prerequisite prerequisite) {
        this(kind, pattern, prerequisite, MatchCheck.ALWAYS);
    }

    /** Whether at least one candidate in {@code question} passes the check. */
    boolean foundIn(NormalizedQuestion question) {
        if (prerequisite == Prerequisite.DIGIT && !question.hasDigit()
                || prerequisite == Prerequisite.AT_SIGN && !question.contains('@')) {
            return false;
        }
        String text = question.text();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (check.accepts(text, m)) {
                return true;
            }
        }
        return false;
    }
}
