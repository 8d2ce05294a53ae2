package org.postwise.answer.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The lower-case words of English (about 65,000, from SCOWL as Debian packages it; see {@code org/postwise/words/english-words.txt}, shared with spelling
 * correction):
 * a name typed in lower case after a patient word ("my patient femi okonjo") is told from ordinary words ("my
 * patient keeps messaging") by being none of them. Proper nouns are not in the list, so a given name that is also a
 * word only when capitalised ("mary", "gerald") counts as not a word.
 */
final class EnglishWords {

    /** The shipped list. */
    static final EnglishWords STANDARD = load("/org/postwise/words/english-words.txt");

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

    private static EnglishWords load(String resource) {
        try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the build");
            }
            var words = new HashSet<String>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return new EnglishWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource, e);
        }
    }
}
