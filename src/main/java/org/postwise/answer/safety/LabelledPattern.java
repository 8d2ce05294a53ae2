package org.postwise.answer.safety;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a flagged thing (an identifier, an injection phrase) shows up in text: a precompiled pattern,
 * the fixed label reported when it is found, the {@link SearchScope} that says where the pattern is worth
 * running, and a check that each candidate match must pass (context the regex alone cannot express, such
 * as "a patient word is nearby" or "this capitalised word is not a month").
 *
 * @param kind    the label reported in a verdict; never text taken from the question
 * @param pattern the candidate pattern, written so that it runs in linear time
 * @param scope   where to run the pattern
 * @param check   decides whether a candidate counts
 */
record LabelledPattern(String kind, Pattern pattern, SearchScope scope, MatchCheck check) {

    /** Decides whether one candidate match counts, given the whole normalized text. */
    @FunctionalInterface
    interface MatchCheck {
        MatchCheck ALWAYS = (text, match) -> true;

        boolean accepts(String text, Matcher match);
    }

    LabelledPattern {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(pattern, "pattern must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(check, "check must not be null");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
    }

    LabelledPattern(String kind, Pattern pattern, SearchScope scope) {
        this(kind, pattern, scope, MatchCheck.ALWAYS);
    }

    /** Whether at least one candidate within the scope's windows of {@code question} passes the check. */
    boolean foundIn(NormalizedQuestion question) {
        int[] regions = scope.regions(question);
        if (regions.length == 0) {
            return false;
        }
        String text = question.text();
        // Transparent bounds let look-arounds and \b see past a region's edges, so a region never creates a
        // match the whole text would not have; non-anchoring bounds keep ^ and $ at the real text ends.
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < regions.length; i += 2) {
            m.region(regions[i], regions[i + 1]);
            if (scope.anchored()) {
                if (m.lookingAt() && check.accepts(text, m)) {
                    return true;
                }
                continue;
            }
            while (m.find()) {
                if (check.accepts(text, m)) {
                    return true;
                }
            }
        }
        return false;
    }
}
