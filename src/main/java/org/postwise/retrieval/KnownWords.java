package org.postwise.retrieval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English words known to be spelt right, so spelling correction never "corrects" a real word the material
 * does not happen to use: the whole words of the embedding model's WordPiece vocabulary (about 20,000 common
 * English words, shipped inside the model's jar) and a full word list (SCOWL's, about 65,000 words with their
 * inflections). The tokenizer alone misses ordinary words it splits into pieces ("offend", "fainting",
 * "trashing", "genital"), and those were bent into the material's words ("offered", "flirting", "teaching",
 * "general"), changing what the question asked.
 */
public final class KnownWords {

    /** The tokenizer of the default embedding model, all-MiniLM-L6-v2. */
    public static final String MINILM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    /** The shipped English word list, one lower-case word a line (see its {@code -COPYRIGHT.txt} beside it). */
    public static final String ENGLISH_WORDS = "org/postwise/words/english-words.txt";

    private static final Pattern WORD = Pattern.compile("\\p{Ll}{2,}");

    private KnownWords() {
    }

    /** The shipped English word list ({@link #ENGLISH_WORDS}), read once per process and shared by its readers. */
    public static Set<String> english() {
        return English.WORDS;
    }

    /**
     * The words Postwise's spelling correction leaves alone: the default embedding model's whole words and
     * {@link #english()}, read once per process.
     */
    public static Set<String> shipped() {
        return Shipped.WORDS;
    }

    // holders: each list is read the first time it is asked for, and only then
    private static final class English {
        static final Set<String> WORDS = fromWordList(ENGLISH_WORDS);
    }

    private static final class Shipped {
        static final Set<String> WORDS;

        static {
            var words = new HashSet<>(fromTokenizer(MINILM_TOKENIZER));
            words.addAll(English.WORDS);
            WORDS = Set.copyOf(words);
        }
    }

    /**
     * The lower-case whole words of the HuggingFace tokenizer file {@code resource} on the class path
     * ({@code model.vocab}'s keys without {@code ##} pieces, digits or punctuation).
     *
     * @throws IllegalArgumentException when the resource is missing
     */
    public static Set<String> fromTokenizer(String resource) {
        try (InputStream in = KnownWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no tokenizer '" + resource + "' on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + resource, e);
        }
    }

    /**
     * The lower-case words of the word list {@code resource} on the class path: one word a line, blank lines and
     * lines starting with {@code #} skipped.
     *
     * @throws IllegalArgumentException when the resource is missing
     */
    public static Set<String> fromWordList(String resource) {
        try (InputStream in = KnownWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no word list '" + resource + "' on the class path");
            }
            var words = new HashSet<String>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource, e);
        }
    }

    static Set<String> read(InputStream in) throws IOException {
        var words = new HashSet<String>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            // streamed: the file also holds merges and settings that are not needed here
            int depth = 0;
            boolean inModel = false;
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> {
                        depth++;
                        if (depth == 2 && "model".equals(field)) {
                            inModel = true;
                        }
                        if (inModel && depth == 3 && "vocab".equals(field)) {
                            readVocab(p, words);
                            depth--;
                        }
                    }
                    case END_OBJECT -> {
                        if (depth == 2) {
                            inModel = false;
                        }
                        depth--;
                    }
                    case FIELD_NAME -> field = p.currentName();
                    case START_ARRAY -> p.skipChildren();
                    default -> {
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    private static void readVocab(JsonParser p, Set<String> words) throws IOException {
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t == JsonToken.FIELD_NAME && WORD.matcher(p.currentName()).matches()) {
                words.add(p.currentName());
            }
        }
    }
}
