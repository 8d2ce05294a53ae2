package org.postwise.answer.safety;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts a question before it is stored (the unanswered questions that {@code /stats} lists to admins), so
 * that an identifier the guard missed never becomes stored patient information. Deliberately blunt, because
 * a stored statistic needs the topic of a question, not its particulars: emails, web addresses, {@code @handles},
 * dates, names after a title ("Dr.", "Mrs.", "Nurse"), capitalised name pairs ("Jonathan Young", "Amanda P.")
 * and every run of digits become placeholders. Capitalised words on the {@link NameStoplist} (platforms, months,
 * sentence starters) are not names, so "Facebook Messenger" and "Patient Safety Week" stay readable.
 *
 * <p>Stateless and thread-safe; it keeps and logs nothing.
 */
public final class StoredQuestionRedactor {

    /** Placeholders, in the wording a reader of {@code /stats} sees. */
    public static final String EMAIL = "[email]";
    public static final String URL = "[url]";
    public static final String HANDLE = "[handle]";
    public static final String DATE = "[date]";
    public static final String NAME = "[name]";
    public static final String NUMBER = "[number]";

    // Each address is tried once, from the start of its run of characters, and without a repeated group: tried at
    // every character of a long run, or with a group that recurses once a dot, a long input is slow or overflows.
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)++"
                    + "|(?<![\\w.+-])[\\w.+-]+\\s*[(\\[{]at[)\\]}]\\s*[\\w-]+\\s*[(\\[{]dot[)\\]}]\\s*\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+"
            + "|(?<![\\w.-])[\\w-][\\w.-]*\\.(?:com|org|net|edu|gov|biz|info|io|me|co|uk|us|ca|de|fr)(?:/\\S*)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Longer questions are cut to this many characters first: a statistic needs the topic, not the whole text. */
    static final int MAX_INPUT = 2_000;
    private static final Pattern HANDLE_PATTERN = Pattern.compile("(?<![\\w@])@\\w{2,}");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE_PATTERN = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{2,4})?\\b"
            + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{2,4})?\\b"
            + "|\\b\\d{1,2}[-/.]" + MONTH + "[-/.]\\d{2,4}\\b", Pattern.CASE_INSENSITIVE);
    private static final String WORD = "\\p{Lu}[\\p{L}'-]*";
    private static final Pattern TITLED_NAME = Pattern.compile("\\b((?i:dr|mr|mrs|ms|miss|mx|mister|prof|professor"
            + "|doctor|nurse|sister|matron|rev|sir|dame|lord|lady))(\\.?\\s+)(" + WORD + "(?:\\s+(?:\\p{Lu}\\.\\s*)?"
            + WORD + "){0,2})");
    /** Two or three capitalised words in a row, or a capitalised word and an initial ("Amanda P."). */
    private static final Pattern NAME_PAIR = Pattern.compile("(?<![\\p{L}'-])" + WORD + "\\s+\\p{Lu}\\.(?!\\p{L})"
            + "|(?<![\\p{L}'-])" + WORD + "(?:\\s+" + WORD + "){1,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final NameStoplist STOPLIST = NameStoplist.STANDARD;

    /**
     * The question as it may be stored: its first {@value #MAX_INPUT} characters, normalized, with the particulars
     * replaced by placeholders.
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    public String redact(String question) {
        Objects.requireNonNull(question, "question must not be null");
        // cut at a code point, never inside a surrogate pair
        String kept = question.codePointCount(0, question.length()) > MAX_INPUT
                ? question.substring(0, question.offsetByCodePoints(0, MAX_INPUT)) : question;
        String text = NormalizedQuestion.of(kept).text();
        text = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        text = WEB_ADDRESS.matcher(text).replaceAll(URL);
        text = HANDLE_PATTERN.matcher(text).replaceAll(HANDLE);
        text = DATE_PATTERN.matcher(text).replaceAll(DATE);
        text = TITLED_NAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + NAME));
        text = NAME_PAIR.matcher(text).replaceAll(m -> Matcher.quoteReplacement(namePair(m.group())));
        return DIGITS.matcher(text).replaceAll(NUMBER);
    }

    /**
     * A run of capitalised words becomes {@link #NAME} once stopwords are trimmed from its ends and two name
     * words (or a name word and an initial) remain; "Can I", "Patient Safety Week" stay as they are.
     */
    private static String namePair(String run) {
        String[] words = run.split("\\s+");
        int first = 0;
        while (first < words.length && STOPLIST.contains(bare(words[first]))) {
            first++;
        }
        int last = words.length - 1;
        while (last > first && STOPLIST.contains(bare(words[last]))) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            if (STOPLIST.contains(bare(words[i]))) {
                return run; // a stopword inside: a title or a phrase, not a name
            }
        }
        if (last - first < 1) {
            return run;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < first; i++) {
            out.append(words[i]).append(' ');
        }
        out.append(NAME);
        for (int i = last + 1; i < words.length; i++) {
            out.append(' ').append(words[i]);
        }
        return out.toString();
    }

    private static String bare(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return w.replaceAll("[.'-]+$", "");
    }

    @Override
    public String toString() {
        return "StoredQuestionRedactor";
    }
}
