package org.postwise.answer.safety;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a flagged thing (an identifier, an injection phrase) shows up in text: a precompiled pattern,
 * the fixed label reported when it is found, the {@link SearchScope} that says where the pattern is worth
 * running, and a check that each candidate match must pass (context the regex alone cannot express, such
 * as "a patient word is nearby" or "this capitalised word is not a month").
 *
 * <p>For masking, the part of a match that is the identifier itself is the named group {@code value} when
 * the pattern has one, else the named group {@code name}, else the whole match: "MRN: 123" masks "123",
 * "patient John Smith" masks "John Smith".
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
        return scan(question, null);
    }

    /**
     * Adds to {@code out} the identifier span of every candidate that passes the check, as indexes into
     * {@code question.text()}.
     */
    void collectSpans(NormalizedQuestion question, List<FoundSpan> out) {
        scan(question, Objects.requireNonNull(out, "out must not be null"));
    }

    /** Scans the scope's regions; stops at the first accepted match unless collecting spans. */
    private boolean scan(NormalizedQuestion question, List<FoundSpan> out) {
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
                    if (out == null) {
                        return true;
                    }
                    out.add(span(m));
                }
                continue;
            }
            while (m.find()) {
                if (check.accepts(text, m)) {
                    if (out == null) {
                        return true;
                    }
                    out.add(span(m));
                }
            }
        }
        return out != null && !out.isEmpty();
    }

    private FoundSpan span(Matcher m) {
        String source = pattern.pattern();
        String group = source.contains("(?<value>") ? "value" : source.contains("(?<name>") ? "name" : null;
        if (group != null && m.start(group) >= 0) {
            return new FoundSpan(kind, m.start(group), m.end(group));
        }
        return new FoundSpan(kind, m.start(), m.end());
    }

    /**
     * Where one identifier lies in a normalized question.
     *
     * @param kind  the label of the pattern that found it
     * @param start index of its first character
     * @param end   index after its last character
     */
    record FoundSpan(String kind, int start, int end) {

        FoundSpan {
            Objects.requireNonNull(kind, "kind must not be null");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
            }
        }
    }
}
