package org.postwise.answer.safety;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every pattern-based guard shares: one flag, a documented list of kinds that must be exactly the kinds
 * its patterns report (checked once, when the guard class loads, so a renamed label fails at start-up rather
 * than in a verdict), and the step from the kinds found to a {@link GuardVerdict}. The guards themselves only
 * list their patterns and add what is special to them (masking, decoding).
 */
final class PatternGuard {

    private final String flag;
    private final List<String> kinds;
    private final LabelledPatternSet patterns;

    /**
     * @param flag     the flag raised when any pattern is found
     * @param kinds    the documented labels, in reporting order
     * @param patterns the patterns, in reporting order
     * @param derived  labels the guard reports from its own reasoning rather than from a pattern, listed after
     *                 the patterns' labels
     * @throws IllegalStateException if {@code kinds} is not exactly the patterns' labels in their order followed
     *                               by {@code derived}
     */
    PatternGuard(String flag, List<String> kinds, List<LabelledPattern> patterns, String... derived) {
        this.flag = Objects.requireNonNull(flag, "flag must not be null");
        this.kinds = List.copyOf(kinds);
        this.patterns = new LabelledPatternSet(patterns);
        List<String> expected = new java.util.ArrayList<>(this.patterns.kinds());
        expected.addAll(List.of(derived));
        if (!this.kinds.equals(expected)) {
            throw new IllegalStateException("the " + flag + " kinds are out of step with the patterns: documented "
                    + this.kinds + ", patterns report " + expected);
        }
    }

    /** The kinds found in {@code question}, each once, in reporting order. */
    List<String> kindsIn(NormalizedQuestion question) {
        return patterns.kindsIn(question);
    }

    /** Every accepted identifier span in {@code question}. */
    List<LabelledPattern.FoundSpan> spansIn(NormalizedQuestion question) {
        return patterns.spansIn(question);
    }

    /** {@link GuardVerdict#CLEAN} when nothing was found, else this guard's flag with the kinds found. */
    GuardVerdict verdict(List<String> found) {
        return found.isEmpty() ? GuardVerdict.CLEAN : new GuardVerdict(Set.of(flag), found);
    }
}
