package org.postwise.retrieval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a question used as a cache key: Unicode-compatible, lower case, single spaces, no trailing
 * punctuation. "Can I blog?" and "can i  blog" are the same question. A question of punctuation alone keeps it.
 */
public final class QuestionNormalizer {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s?!.]+$");

    private QuestionNormalizer() {
    }

    public static String normalize(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = SPACE.matcher(s).replaceAll(" ").strip();
        String trimmed = TRAILING.matcher(s).replaceAll("");
        // a question that is only punctuation ("?", "...") stays as typed: the embedding model refuses blank text
        return trimmed.isEmpty() ? s : trimmed;
    }
}
