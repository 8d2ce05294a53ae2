package org.postwise.answer.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where in a question a pattern is worth running. Scanning 2,000 characters with a regex costs tens of
 * microseconds, and a guard holds dozens of patterns, so each pattern names the cheap cues every match
 * must contain (a literal word such as "mrn", or a digit) and how far a match can reach before and after
 * its cue. The pattern then runs only in the merged windows around the cues: ordinary prose without the
 * cue costs nothing beyond the one pass of {@link CueTable}, and the text searched never exceeds the whole
 * question, so the scan stays linear however many cues there are.
 *
 * <p>The window sizes are a promise about the pattern: every match lies within {@code before} characters
 * before and {@code after} characters after one of its cues (for digit cues, after each run of digits, so
 * the windows of the runs inside one match overlap and merge).
 *
 * <p>An <em>anchored</em> scope goes further: every match starts exactly at a cue (a label such as "MRN",
 * a verb such as "ignore", the first digit of a house number), so the pattern is tried once per cue with
 * {@link java.util.regex.Matcher#lookingAt()} instead of at every position of a window.
 *
 * @param cues      lower-case literal cues; a cue that starts with a letter counts only at a word start
 * @param digitCues whether each run of digits is a cue
 * @param anchored  whether every match starts at a cue (then {@code before} is zero)
 * @param before    how far a match may start before its cue
 * @param after     how far a match may end after its cue's start (anchored) or end (windows)
 * @param minDigits how many digits the whole question must hold for the pattern to be worth running
 * @param required  further lower-case cues of which at least one must occur somewhere (empty: no such
 *                  condition); for a verb-led pattern, the words its target cannot do without
 */
record SearchScope(List<String> cues, boolean digitCues, boolean anchored, int before, int after, int minDigits,
        List<String> required) {

    /** Window size standing for "the whole question". */
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    SearchScope {
        Objects.requireNonNull(cues, "cues must not be null");
        Objects.requireNonNull(required, "required must not be null");
        cues = List.copyOf(cues);
        required = List.copyOf(required);
        for (String cue : allCues(cues, required)) {
            if (cue.isEmpty() || !cue.equals(cue.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("cues must be non-empty and lower case: '" + cue + "'");
            }
        }
        if (anchored && (before != 0 || cues.isEmpty() && !digitCues)) {
            throw new IllegalArgumentException("an anchored scope needs cues and starts at them (before=0)");
        }
        if (before < 0 || after < 0 || minDigits < 0) {
            throw new IllegalArgumentException("before, after and minDigits must not be negative: before=" + before
                    + ", after=" + after + ", minDigits=" + minDigits);
        }
    }

    /** The whole question, always. */
    static SearchScope everywhere() {
        return new SearchScope(List.of(), false, false, UNBOUNDED, UNBOUNDED, 0, List.of());
    }

    /** Windows around each occurrence of {@code cues}. */
    static SearchScope around(int before, int after, String... cues) {
        return new SearchScope(List.of(cues), false, false, before, after, 0, List.of());
    }

    /** Matches start at one of {@code cues} and end within {@code reach} characters of its start. */
    static SearchScope startingAt(int reach, String... cues) {
        return new SearchScope(List.of(cues), false, true, 0, reach, 0, List.of());
    }

    /** Windows around each run of digits, when the question holds at least {@code minDigits} digits. */
    static SearchScope aroundDigits(int before, int after, int minDigits) {
        return new SearchScope(List.of(), true, false, before, after, minDigits, List.of());
    }

    /** Matches start at a run of digits and end within {@code reach} characters of its start. */
    static SearchScope startingAtDigits(int reach, int minDigits) {
        return new SearchScope(List.of(), true, true, 0, reach, minDigits, List.of());
    }

    /** This scope, run only when the question holds at least {@code count} digits. */
    SearchScope withMinDigits(int count) {
        return new SearchScope(cues, digitCues, anchored, before, after, count, required);
    }

    /** This scope, run only when at least one of {@code anyOf} occurs somewhere in the question. */
    SearchScope requiring(String... anyOf) {
        return new SearchScope(cues, digitCues, anchored, before, after, minDigits, List.of(anyOf));
    }

    /** The cues and the required words together: everything a question must be searched for. */
    List<String> allCues() {
        return allCues(cues, required);
    }

    private static List<String> allCues(List<String> cues, List<String> required) {
        List<String> all = new java.util.ArrayList<>(cues);
        all.addAll(required);
        return all;
    }

    /**
     * The regions of {@code question} to search, as {@code [start0, end0, start1, end1, ...]}; empty when no
     * cue occurs or too few digits do. Windows are merged; anchored regions start at their cue and are kept
     * apart, one per cue.
     */
    int[] regions(NormalizedQuestion question) {
        String text = question.text();
        int length = text.length();
        if (question.digitCount() < minDigits || !required.isEmpty() && required.stream()
                .allMatch(word -> question.cueStarts(word).length == 0)) {
            return new int[0];
        }
        if (cues.isEmpty() && !digitCues) {
            return new int[] {0, length};
        }
        // Collected as [start, end) pairs, then sorted and merged.
        int[] spans = new int[16];
        int n = 0;
        for (String cue : cues) {
            for (int at : question.cueStarts(cue)) {
                spans = ensure(spans, n + 2);
                spans[n++] = start(at);
                spans[n++] = anchored ? end(at, length) : end(at + cue.length(), length);
            }
        }
        if (digitCues) {
            int[] runs = question.digitRuns();
            for (int i = 0; i < runs.length; i += 2) {
                spans = ensure(spans, n + 2);
                spans[n++] = start(runs[i]);
                spans[n++] = anchored ? end(runs[i], length) : end(runs[i + 1], length);
            }
        }
        return anchored ? Arrays.copyOf(spans, n) : merge(spans, n);
    }

    private int start(int cueStart) {
        return before >= cueStart ? 0 : cueStart - before;
    }

    private int end(int from, int length) {
        return after >= length - from ? length : from + after;
    }

    private static int[] ensure(int[] spans, int size) {
        return size <= spans.length ? spans : Arrays.copyOf(spans, Math.max(size, spans.length * 2));
    }

    /** Sorts the {@code [start, end)} pairs by start and joins the ones that overlap or touch. */
    private static int[] merge(int[] spans, int n) {
        int pairs = n / 2;
        if (pairs == 0) {
            return new int[0];
        }
        long[] packed = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            packed[i] = ((long) spans[2 * i] << 32) | (spans[2 * i + 1] & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int[] out = new int[n];
        int m = 0;
        for (long p : packed) {
            int s = (int) (p >>> 32);
            int e = (int) p;
            if (m > 0 && s <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], e);
            } else {
                out[m++] = s;
                out[m++] = e;
            }
        }
        return Arrays.copyOf(out, m);
    }
}
