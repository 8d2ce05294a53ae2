package org.postwise.answer.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds every cue of a guard in one pass over the question, dispatching on each character to the few cues
 * that start with it. A guard has well over a hundred cues; looking each up with its own {@code indexOf}
 * would scan the question that many times.
 */
final class CueTable {

    private final List<String> cues;
    /** For each ASCII character, the indexes (into {@link #cues}) of the cues that start with it. */
    private final int[][] byFirstChar = new int[128][];

    /**
     * @param cues lower-case ASCII cues; duplicates are ignored
     * @throws IllegalArgumentException if a cue is empty, not lower case or not ASCII
     */
    CueTable(Collection<String> cues) {
        Objects.requireNonNull(cues, "cues must not be null");
        Set<String> distinct = new LinkedHashSet<>(cues);
        this.cues = List.copyOf(distinct);
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        for (int i = 0; i < this.cues.size(); i++) {
            String cue = this.cues.get(i);
            if (cue.isEmpty() || !cue.chars().allMatch(c -> c < 128)
                    || !cue.equals(cue.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("cues must be non-empty lower-case ASCII: '" + cue + "'");
            }
            buckets.get(cue.charAt(0)).add(i);
        }
        for (int c = 0; c < 128; c++) {
            if (!buckets.get(c).isEmpty()) {
                byFirstChar[c] = buckets.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** A table of every cue used by {@code patterns}. */
    static CueTable of(Collection<LabelledPattern> patterns) {
        Objects.requireNonNull(patterns, "patterns must not be null");
        List<String> all = new ArrayList<>();
        for (LabelledPattern p : patterns) {
            all.addAll(p.scope().allCues());
        }
        return new CueTable(all);
    }

    /** The distinct cues, in first-seen order. */
    List<String> cues() {
        return cues;
    }

    /**
     * Where each cue occurs in {@code lower}, indexed like {@link #cues()}. A cue that starts with a letter
     * counts only at the start of a word, so "pt" does not occur in "accept".
     */
    int[][] locate(String lower) {
        int[][] found = new int[cues.size()][];
        int[] counts = new int[cues.size()];
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 128 || byFirstChar[c] == null) {
                continue;
            }
            boolean atWordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            for (int k : byFirstChar[c]) {
                String cue = cues.get(k);
                if ((atWordStart || !Character.isLetter(c)) && lower.startsWith(cue, i)) {
                    if (found[k] == null) {
                        found[k] = new int[4];
                    } else if (counts[k] == found[k].length) {
                        found[k] = Arrays.copyOf(found[k], counts[k] * 2);
                    }
                    found[k][counts[k]++] = i;
                }
            }
        }
        for (int k = 0; k < found.length; k++) {
            found[k] = found[k] == null ? new int[0] : Arrays.copyOf(found[k], counts[k]);
        }
        return found;
    }
}
