package org.postwise.answer.safety;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A question folded to one canonical spelling before any guard pattern sees it: Unicode NFKC (so full-width
 * digits and ligatures become plain ASCII), typographic dashes and apostrophes mapped to their ASCII forms,
 * invisible format characters (zero-width spaces, soft hyphens, bidi controls) removed, and every run of
 * whitespace collapsed to one space. Without this, "ign\u200Bore" or "５５５-２０１-３３４４" would slip past
 * patterns written for plain text.
 *
 * <p>Deliberately not a record, and {@link #toString()} shows only the length: this object holds question
 * text, and a guard must never let that text reach a log by accident.
 */
final class NormalizedQuestion {

    private final String text;
    private String lowerCase;
    private int digits = -1;

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
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(canonical(cp));
        }
        return new NormalizedQuestion(out.toString());
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

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Shows the length only, never the text. */
    @Override
    public String toString() {
        return "NormalizedQuestion[" + text.length() + " chars]";
    }
}
