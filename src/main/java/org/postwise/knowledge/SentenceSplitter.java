package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences with a few rules tuned to medical and review-paper English.
 *
 * <p>A sentence ends at {@code .}, {@code ?} or {@code !} (optionally followed by closing quotes or
 * brackets) when whitespace and a sentence-like start (capital letter, digit, quote, bracket) follow.
 * It does not end after common abbreviations ("e.g.", "i.e.", "et al.", "Dr.", "vs.", …), after initials
 * ("F. J."), or before a list enumerator ("(2) …"), so an enumerated list stays one sentence. A blank
 * line always ends a sentence: callers mark paragraphs, bullets and headings that way. Single line
 * breaks are treated as spaces.
 */
public final class SentenceSplitter {

    // Lower-cased words that end in a period without ending a sentence.
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g.", "i.e.", "eg.", "ie.", "cf.", "al.", "dr.", "mr.", "mrs.", "ms.", "vs.", "v.", "st.",
            "prof.", "fig.", "figs.", "no.", "nos.", "vol.", "pp.", "p.", "jr.", "sr.", "inc.", "ltd.", "co.",
            "approx.", "dept.", "ref.", "refs.", "ed.", "eds.", "mt.", "ave.");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TERMINATOR = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\(\\d{1,2}\\)|\\d{1,2}\\))");
    // openers that point back at the sentence before: "This…", "The same paper…", "Then…", "Others…"
    private static final Pattern LEANING_OPENER = Pattern.compile(
            "^(?:this|these|that|those|it|its|they|them|their|such|another|others|the others|the latter"
                    + "|the former|the same|in the same|at the same|then|also|however|moreover|furthermore"
                    + "|in addition|in turn|likewise|similarly|instead|otherwise|therefore|thus|hence|still|yet"
                    + "|he|she|his|her)\\b",
            Pattern.CASE_INSENSITIVE);

    // "The GMC guidance also reminds…", "The AMA opinion adds…": the subject was introduced by the sentence before
    private static final Pattern LEANING_EARLY = Pattern.compile(
            "^\\S+(?:\\s+\\S+){0,5}?\\s+(?:also|adds|added|likewise)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code sentence} leans on the one before it: it opens by pointing back ("This…", "The same
     * paper…", "Then…", "Others…") or continues it within its first words ("The GMC guidance also…", "The AMA
     * adds…"), so that quoted alone it would not make sense.
     */
    public static boolean leansOnPrevious(String sentence) {
        String s = sentence.strip().replaceFirst("^[\"'“‘(]+", "");
        return LEANING_OPENER.matcher(s).find() || LEANING_EARLY.matcher(s).find();
    }

    /** Sentences of {@code text} in order, each trimmed, none blank. */
    public List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        List<String> sentences = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            String flat = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
            if (!flat.isEmpty()) {
                splitParagraph(flat, sentences);
            }
        }
        return sentences;
    }

    private static void splitParagraph(String paragraph, List<String> out) {
        int start = 0;
        Matcher m = TERMINATOR.matcher(paragraph);
        while (m.find()) {
            if (m.end() >= paragraph.length()) {
                break;
            }
            if (endsSentence(paragraph, m.start(), m.end())) {
                out.add(paragraph.substring(start, m.end()).strip());
                start = m.end();
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    private static boolean endsSentence(String text, int terminatorStart, int nextStart) {
        String next = text.substring(nextStart);
        if (!startsLikeSentence(next.charAt(0)) || ENUMERATOR.matcher(next).find()) {
            return false;
        }
        if (text.charAt(terminatorStart) != '.') {
            return true;
        }
        String word = wordEndingAt(text, terminatorStart);
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) && !INITIALS.matcher(word).matches();
    }

    /** The word (with its final period) that ends at the period at {@code periodIndex}. */
    private static String wordEndingAt(String text, int periodIndex) {
        int begin = text.lastIndexOf(' ', periodIndex) + 1;
        String word = text.substring(begin, periodIndex + 1);
        // "(eg." and "“Dr." are still abbreviations
        return word.replaceFirst("^[(\\[\"'“‘]+", "");
    }

    private static boolean startsLikeSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘([".indexOf(c) >= 0;
    }
}
