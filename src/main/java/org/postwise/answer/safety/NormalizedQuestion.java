package org.postwise.answer.safety;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question folded to one canonical spelling before any guard pattern sees it: Unicode NFKC (so full-width
 * digits and ligatures become plain ASCII), typographic dashes and apostrophes mapped to their ASCII forms,
 * invisible format characters (zero-width spaces, soft hyphens, bidi controls) removed, and every run of
 * whitespace collapsed to one space, or to one line break when the run holds one (a line that starts with
 * "User:" is a forged chat turn; the same word mid-sentence is not). Without this, "ignore" with a
 * zero-width space inside or a phone number in full-width digits would slip past patterns written for
 * plain text.
 *
 * <p>Deliberately not a record, and {@link #toString()} shows only the length: this object holds question
 * text, and a guard must never let that text reach a log by accident. It lives for one inspection on one
 * thread; its lazily filled caches are not synchronized.
 */
final class NormalizedQuestion {

    private final String text;
    private String lowerCase;
    private int digits = -1;
    private int[] digitRuns;
    /** Cue occurrences already looked up; several patterns share cues such as "patient" and "you". */
    private final Map<String, int[]> cueStarts = new HashMap<>();

    private NormalizedQuestion(String text) {
        this.text = text;
    }

    /**
     * Normalizes {@code question}.
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    static NormalizedQuestion of(String question) {
        Objects.requireNonNull(question, "question must not be null");
        String nfkc = Normalizer.normalize(question, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                // Zero-width and bidi characters are invisible to a reader but split words for a regex.
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
                pendingSpace = out.length() > 0;
                pendingBreak |= pendingSpace && isLineBreak(cp);
                continue;
            }
            if (pendingSpace) {
                out.append(pendingBreak ? '\n' : ' ');
                pendingSpace = false;
                pendingBreak = false;
            }
            out.appendCodePoint(canonical(cp));
        }
        return new NormalizedQuestion(out.toString());
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Maps the typographic look-alikes that NFKC leaves alone onto the ASCII characters patterns expect. */
    private static int canonical(int cp) {
        switch (cp) {
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                return '-';
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x0060:
                return '\'';
            case 0x201C, 0x201D, 0x201F, 0x2033:
                return '"';
            default:
                return cp;
        }
    }

    /** The normalized text, original case kept (names are recognised partly by their capitals). */
    String text() {
        return text;
    }

    /**
     * The normalized text in lower case, character for character, so that an index into it is an index into
     * {@link #text()} ({@link String#toLowerCase} may change the length, e.g. for a dotted capital I).
     */
    String lowerCase() {
        if (lowerCase == null) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
            lowerCase = new String(chars);
        }
        return lowerCase;
    }

    /** How many ASCII digits occur; lets digit patterns skip prose that cannot hold their identifier. */
    int digitCount() {
        if (digits < 0) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (isDigit(text.charAt(i))) {
                    n++;
                }
            }
            digits = n;
        }
        return digits;
    }

    /**
     * Where {@code cue} (lower case) occurs in {@link #lowerCase()}, in increasing order. A cue that starts
     * with a letter counts only at the start of a word, so "pt" does not occur in "accept".
     */
    int[] cueStarts(String cue) {
        int[] found = cueStarts.get(cue);
        if (found == null) {
            found = findCue(cue);
            cueStarts.put(cue, found);
        }
        return found;
    }

    /** Looks up every cue of {@code table} in one pass, so later {@link #cueStarts} calls are map lookups. */
    void locate(CueTable table) {
        int[][] found = table.locate(lowerCase());
        List<String> cues = table.cues();
        for (int k = 0; k < found.length; k++) {
            cueStarts.put(cues.get(k), found[k]);
        }
    }

    private int[] findCue(String cue) {
        String lower = lowerCase();
        boolean wordStart = Character.isLetter(cue.charAt(0));
        int[] starts = new int[4];
        int n = 0;
        for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
            if (wordStart && at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = at;
        }
        return Arrays.copyOf(starts, n);
    }

    /** The runs of ASCII digits, as {@code [start0, end0, start1, end1, ...]}. */
    int[] digitRuns() {
        if (digitRuns == null) {
            int[] runs = new int[8];
            int n = 0;
            for (int i = 0; i < text.length(); ) {
                if (!isDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
                if (n + 2 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                runs[n++] = start;
                runs[n++] = i;
            }
            digitRuns = Arrays.copyOf(runs, n);
        }
        return digitRuns;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Shows the length only, never the text. */
    @Override
    public String toString() {
        return "NormalizedQuestion[" + text.length() + " chars]";
    }
}
