package org.postwise.answer.safety;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.postwise.retrieval.KnownWords;

/**
 * The lower-case words of English (about 65,000, from SCOWL as Debian packages it; the list spelling correction also
 * uses, see {@link KnownWords#ENGLISH_WORDS}): a name typed in lower case after a patient word ("my patient femi
 * okonjo") is told from ordinary words ("my patient keeps messaging") by being none of them. Proper nouns are not in
 * the list, so a given name that is also a word only when capitalised ("mary", "gerald") counts as not a word.
 */
final class EnglishWords {

    /** The shipped list. */
    static final EnglishWords STANDARD = new EnglishWords(KnownWords.english());

    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Whether {@code word}, in any case, is an English word. */
    boolean contains(String word) {
        return words.contains(Objects.requireNonNull(word, "word").toLowerCase(Locale.ROOT));
    }

    int size() {
        return words.size();
    }
}
