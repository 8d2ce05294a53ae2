package org.postwise.answer.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A guard's patterns run together over one question: the question is normalized once, all cues are found
 * in one pass ({@link CueTable}), and each kind is reported once, in the order the patterns are listed.
 * Once a kind is found, its remaining patterns are skipped.
 */
final class LabelledPatternSet {

    private final List<LabelledPattern> patterns;
    private final CueTable cues;

    /**
     * @param patterns the patterns, in reporting order
     * @throws NullPointerException     if {@code patterns} or an element is {@code null}
     * @throws IllegalArgumentException if {@code patterns} is empty
     */
    LabelledPatternSet(List<LabelledPattern> patterns) {
        Objects.requireNonNull(patterns, "patterns must not be null");
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("patterns must not be empty");
        }
        this.patterns = List.copyOf(patterns);
        this.cues = CueTable.of(this.patterns);
    }

    /**
     * The kinds found in {@code question}, each once, in pattern order; empty when none is found.
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    List<String> kindsIn(NormalizedQuestion question) {
        Objects.requireNonNull(question, "question must not be null");
        NormalizedQuestion normalized = question;
        normalized.locate(cues);
        Set<String> found = new LinkedHashSet<>();
        for (LabelledPattern p : patterns) {
            if (!found.contains(p.kind()) && p.foundIn(normalized)) {
                found.add(p.kind());
            }
        }
        return List.copyOf(found);
    }

    /**
     * Every identifier span in {@code question} that some pattern accepts, in pattern order; spans of
     * different patterns may overlap.
     */
    List<LabelledPattern.FoundSpan> spansIn(NormalizedQuestion question) {
        Objects.requireNonNull(question, "question must not be null");
        question.locate(cues);
        List<LabelledPattern.FoundSpan> spans = new ArrayList<>();
        for (LabelledPattern p : patterns) {
            p.collectSpans(question, spans);
        }
        return spans;
    }

    /** Every kind the patterns can report, each once, in pattern order. */
    List<String> kinds() {
        return patterns.stream().map(LabelledPattern::kind).distinct().toList();
    }
}
