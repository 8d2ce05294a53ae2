package org.postwise.answer.safety;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Numbers written out in words, as figures: "oh seven seven zero zero, nine zero zero, one two three" reads as
 * "07700900123" (and "double oh" as "00", as numbers are read out), and "nineteen fifty-one" as "1951". A phone number or a birth year spelt out to get past a
 * filter is still the number, so the patient-identifier guard reads the question this way too.
 *
 * <p>Only runs of four or more digit words count (one to three are ordinary words: "one or two patients"), and
 * years only as "nineteen"/"twenty" followed by a tens word or "oh" and a digit.
 */
final class SpelledNumbers {

    private static final List<String> DIGITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    /** A digit in words, said twice or three times over as people read numbers out: "double oh", "triple seven". */
    private static final String DIGIT_WORD = "(?:(?:double|triple)[\\s-]+)?(?:zero|oh|o|one|two|three|four|five|six"
            + "|seven|eight|nine)";
    /** Four or more digit words in a row, apart by spaces, commas or hyphens. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\p{L}])" + DIGIT_WORD + "(?:[\\s,-]+"
            + DIGIT_WORD + "){3,}(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    /** "nineteen fifty-one", "twenty twenty-two", "nineteen oh five", "nineteen ninety". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}])(nineteen|twenty)[\\s-]+(?:(oh)[\\s-]+"
            + "(one|two|three|four|five|six|seven|eight|nine)|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(one|two"
            + "|three|four|five|six|seven|eight|nine))?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private SpelledNumbers() {
    }

    /** Whether {@code text} holds a run of digit words or a year in words. */
    static boolean present(String text) {
        return DIGIT_RUN.matcher(text).find() || YEAR.matcher(text).find();
    }

    /** {@code text} with its runs of digit words and its years in words written as figures. */
    static String asFigures(String text) {
        String years = YEAR.matcher(text).replaceAll(m -> year(m));
        return DIGIT_RUN.matcher(years).replaceAll(m -> digits(m.group()));
    }

    private static String year(MatchResult m) {
        String century = m.group(1).equalsIgnoreCase("nineteen") ? "19" : "20";
        if (m.group(2) != null) {
            return century + "0" + DIGITS.indexOf(m.group(3).toLowerCase(Locale.ROOT));
        }
        if (m.group(4) != null) {
            return century + (10 + TEENS.indexOf(m.group(4).toLowerCase(Locale.ROOT)));
        }
        int tens = TENS.indexOf(m.group(5).toLowerCase(Locale.ROOT));
        int ones = m.group(6) == null ? 0 : DIGITS.indexOf(m.group(6).toLowerCase(Locale.ROOT));
        return century + tens + ones;
    }

    private static String digits(String run) {
        var out = new StringBuilder();
        int times = 1;
        for (String word : run.toLowerCase(Locale.ROOT).split("[\\s,-]+")) {
            if (word.equals("double") || word.equals("triple")) {
                times = word.equals("double") ? 2 : 3;
                continue;
            }
            int digit = word.equals("oh") || word.equals("o") ? 0 : DIGITS.indexOf(word);
            out.append(String.valueOf(digit).repeat(times));
            times = 1;
        }
        return out.toString();
    }
}
