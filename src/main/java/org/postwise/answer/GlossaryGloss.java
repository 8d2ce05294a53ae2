package org.postwise.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Glosses questions in French, Spanish, German, Italian and Portuguese from bilingual glossaries shipped as
 * resources ({@code glossary/fr.tsv}…: a word or phrase, a tab, its English), plus {@code glossary/shared.tsv} for
 * the words every language borrows (platform names, "selfie", "post").
 *
 * <p>Words are compared without case, accents or apostrophes ("publiée" and "publiee" are one word, "d'ami" is
 * "d" and "ami"), after the language's function words are dropped (Lucene's stop-word lists). The longest known
 * phrase wins ("demande d'ami" before "demande"). The glossary whose words cover most of the question reads it;
 * it must know at least {@value #MIN_KNOWN} of the question's words and {@value #MIN_SHARE} of them, or the
 * question is not read at all: a reading from two or three stray words would lead to unrelated passages.
 */
public final class GlossaryGloss implements QuestionGloss {

    static final int MIN_KNOWN = 3;
    static final double MIN_SHARE = 0.5;
    private static final int MAX_PHRASE = 4;
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The glossary file of each language read, by its English name; the first to read a question best wins. */
    private static final List<Map.Entry<String, String>> FILES = List.of(Map.entry("French", "fr"),
            Map.entry("Spanish", "es"), Map.entry("German", "de"), Map.entry("Italian", "it"),
            Map.entry("Portuguese", "pt"));

    /** One language's glossary: phrases (as folded words without function words) to English, and its stop words. */
    private record Glossary(String language, Map<List<String>, String> entries, Set<String> stopWords) {
    }

    private final List<Glossary> glossaries;

    /** The glossaries shipped with Postwise. */
    public GlossaryGloss() {
        Map<String, String> shared = read("shared");
        var list = new ArrayList<Glossary>();
        for (var file : FILES) {
            var stopWords = new HashSet<String>();
            StopWordLanguageCheck.STOP_WORDS.get(file.getKey())
                    .forEach(w -> stopWords.add(fold(new String((char[]) w))));
            var entries = new HashMap<List<String>, String>();
            shared.forEach((term, english) -> put(entries, term, english, stopWords));
            read(file.getValue()).forEach((term, english) -> put(entries, term, english, stopWords));
            list.add(new Glossary(file.getKey(), Map.copyOf(entries), Set.copyOf(stopWords)));
        }
        this.glossaries = List.copyOf(list);
    }

    @Override
    public Optional<Reading> gloss(String question) {
        Objects.requireNonNull(question, "question");
        String[] tokens = SPLIT.split(fold(question));
        Words best = null;
        for (Glossary g : glossaries) {
            Words r = read(g, tokens);
            if (best == null || r.known() > best.known()) {
                best = r;
            }
        }
        if (best == null || best.known() < MIN_KNOWN || best.known() < MIN_SHARE * best.words()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(best.language(), String.join(" ", best.english())));
    }

    /** How one glossary reads a question: its English, and how many of the question's content words it knew. */
    private record Words(String language, List<String> english, int known, int words) {
    }

    private static Words read(Glossary glossary, String[] tokens) {
        List<String> words = contentWords(tokens, glossary.stopWords());
        var english = new ArrayList<String>();
        int known = 0;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(MAX_PHRASE, words.size() - i); n > 0 && matched == 0; n--) {
                String e = glossary.entries().get(words.subList(i, i + n));
                if (e != null) {
                    english.add(e);
                    matched = n;
                }
            }
            known += matched;
            i += Math.max(matched, 1);
        }
        return new Words(glossary.language(), List.copyOf(english), known, words.size());
    }

    private static void put(Map<List<String>, String> entries, String term, String english, Set<String> stopWords) {
        List<String> words = contentWords(SPLIT.split(fold(term)), stopWords);
        // a term made only of function words could never be met in a question: it is a slip in the glossary
        if (!words.isEmpty()) {
            entries.put(List.copyOf(words), english);
        }
    }

    /** The folded words that are not function words, in order. */
    private static List<String> contentWords(String[] tokens, Set<String> stopWords) {
        var words = new ArrayList<String>();
        for (String w : tokens) {
            if (!w.isEmpty() && !stopWords.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Lower case, without accents; apostrophes become word breaks. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** One glossary file: term to English, in file order; fails fast on a malformed line. */
    private static Map<String, String> read(String name) {
        String resource = "glossary/" + name + ".tsv";
        var entries = new LinkedHashMap<String, String>();
        try (InputStream in = GlossaryGloss.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("glossary " + resource + " is missing from the class path");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalStateException("glossary " + resource + " line " + number
                            + ": expected a term, one tab and its English");
                }
                entries.put(parts[0].strip(), parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read glossary " + resource, e);
        }
        return entries;
    }
}
