package org.postwise.answer.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a question is about one patient's care, so that identifiers which are personal only in context (a
 * date, a five-digit ZIP code, a web address, a capitalised name) count there.
 *
 * <p>Two kinds of context: the question reads as a case ("pt w/ hx of CHF", "a 67-year-old female",
 * "admitted", "diagnosed") anywhere in it; or the identifier stands inside a quotation that the question
 * attributes to a patient ('A patient sent me: "..."', 'Patient note: "..."'), where everything quoted is
 * the patient's own words about themselves. Both look only at fixed-size windows or one pass of the text.
 */
final class PatientContext {

    /** A case being described: patient words, history abbreviations, an age descriptor, care events. */
    private static final Pattern CASE = Pattern.compile("(?<![\\p{L}-])(?:patient|pt|client)s?\\b"
            + "|\\b(?:hx|h/o|s/p|dx|c/o|emr|ehr|mrn)\\b|\\b\\d{1,3}\\s*-?\\s*(?:years?|yrs?|months?|mos?)[\\s-]*old\\b"
            + "|\\b\\d{1,3}\\s*(?:yo|y/o|y\\.o\\.)(?![\\w/])|\\b(?:admitted|admission|discharged?|diagnosed|presented"
            + "|surgical\\s+history|endoscopy|biopsy|culture\\s+results?|follow-?up\\s+visit)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Before a quotation, words that make it a patient's: "a patient sent this", "my patient tagged me with",
     * "one of my patients commented", "patient note:", "from a patient".
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?<![\\p{L}-])(?:patient|pt|client)s?(?:'s)?\\b"
            + "[^\"\\n]{0,60}?\\b(?:sent|wrote|writes|posted|posts|commented|comments|messaged|messages|tagged|replied"
            + "|said|says|asked|asks|texted|emailed|dm'?d|left|shared|note|message|comment|review|post|email|text)\\b"
            + "[^\"\\n]{0,60}$|\\bfrom\\s+(?:a|my|our|one\\s+of\\s+(?:my|our))\\s+(?:patient|client)s?\\b[^\"\\n]{0,40}$",
            Pattern.CASE_INSENSITIVE);

    /** How far back a quotation's opening mark is looked for. */
    private static final int QUOTE_REACH = 2000;
    /** How far before an opening quotation mark its attribution may start. */
    private static final int ATTRIBUTION_REACH = 140;

    private PatientContext() {
    }

    /**
     * Whether position {@code at} of {@code text} lies inside a quoted passage, straight or curly, whoever it is
     * attributed to: someone else's words ("a man DM'd me: \"… my email is …\"").
     */
    static boolean inQuotation(String text, int at) {
        return openingQuote(text, at, '\u201c', '\u201d') >= 0;
    }

    /**
     * Where the quotation that {@code at} lies inside opens, or -1: a straight double quotation mark opens or closes
     * one, {@code opens} and {@code closes} (curly marks, or the straight mark again to read straight marks only) open
     * and close one. Read within a bounded stretch before the position, so each check costs a constant.
     */
    private static int openingQuote(String text, int at, char opens, char closes) {
        int open = -1;
        for (int i = Math.max(0, at - QUOTE_REACH); i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                open = open < 0 ? i : -1;
            } else if (c == opens) {
                open = i;
            } else if (c == closes) {
                open = -1;
            }
        }
        return open;
    }

    /** Whether {@code text} anywhere describes a patient's case. */
    static boolean describesCase(String text) {
        return CASE.matcher(text).find();
    }

    /**
     * Whether position {@code at} of {@code text} lies inside a double-quoted passage that the words before it
     * attribute to a patient.
     */
    static boolean inPatientQuote(String text, int at) {
        int open = openingQuote(text, at, '"', '"');
        if (open < 0) {
            return false; // not inside a quotation
        }
        Matcher m = ATTRIBUTION.matcher(text);
        m.region(Math.max(0, open - ATTRIBUTION_REACH), open).useTransparentBounds(true);
        return m.find();
    }
}
