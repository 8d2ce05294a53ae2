package org.postwise.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Corrects misspelt words of a question from the knowledge base's own vocabulary, with Lucene's
 * {@link DirectSpellChecker} (edit distance over an in-memory index of the words the material and the cards'
 * questions use), so "can i acept a frend reqest from a pateint on facebok" meets the card it means.
 *
 * <p>Only words that are neither in the material nor in a list of known English words are touched: a real
 * word the material never uses ("weather", "ibuprofen" when known) is left alone, so an out-of-scope question
 * is not bent into an in-scope one. So is a plural of a word of the material ("cnas", "physios"), and a word with
 * the English (Snowball) stem of a known word is never made a word of another stem: "understaffing" beside
 * "understaffed" does not become "understanding", nor "ramping" "raising", while "privatly" still becomes
 * "privately". Words shorter than four letters are never changed. Shorthand staff write in chat ("pt", "fb",
 * "pics", "DMed") is spelt out whatever its length, and a contraction written without its apostrophe ("dont") gets
 * it back instead of becoming a near word ("done").
 */
final class SpellingCorrector {

    private static final String FIELD = "w";
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_LENGTH = 4;
    /** Chat shorthand for the things the material talks about, spelt out as the material spells them. */
    private static final java.util.Map<String, String> SHORTHAND = java.util.Map.ofEntries(
            java.util.Map.entry("pt", "patient"), java.util.Map.entry("pts", "patients"),
            java.util.Map.entry("fb", "Facebook"), java.util.Map.entry("ig", "Instagram"),
            java.util.Map.entry("insta", "Instagram"), java.util.Map.entry("yt", "YouTube"),
            java.util.Map.entry("dm", "direct message"), java.util.Map.entry("dms", "direct messages"),
            java.util.Map.entry("pic", "photo"), java.util.Map.entry("pics", "photos"),
            java.util.Map.entry("vid", "video"), java.util.Map.entry("vids", "videos"),
            java.util.Map.entry("comms", "communications"),
            // UK staff's own title: "hcas" was one letter from "has"; spelt out, "hca" meets the cards' "healthcare
            // assistant" (the US hospital group of that name is rarer in staff questions than the title)
            java.util.Map.entry("hca", "healthcare assistant"), java.util.Map.entry("hcas", "healthcare assistants"),
            // "DMed" was one letter from "died", and read so it brought the card on patients who died
            java.util.Map.entry("dmed", "messaged"),
            java.util.Map.entry("dming", "messaging"), java.util.Map.entry("pmed", "messaged"),
            java.util.Map.entry("pming", "messaging"),
            // contractions typed without the apostrophe: near words of another meaning otherwise ("dont": "done")
            java.util.Map.entry("dont", "don't"), java.util.Map.entry("didnt", "didn't"),
            java.util.Map.entry("doesnt", "doesn't"), java.util.Map.entry("isnt", "isn't"),
            java.util.Map.entry("wasnt", "wasn't"), java.util.Map.entry("arent", "aren't"),
            java.util.Map.entry("werent", "weren't"), java.util.Map.entry("hasnt", "hasn't"),
            java.util.Map.entry("havent", "haven't"), java.util.Map.entry("hadnt", "hadn't"),
            java.util.Map.entry("wouldnt", "wouldn't"), java.util.Map.entry("shouldnt", "shouldn't"),
            java.util.Map.entry("couldnt", "couldn't"), java.util.Map.entry("thats", "that's"),
            java.util.Map.entry("theres", "there's"), java.util.Map.entry("theyre", "they're"),
            java.util.Map.entry("youre", "you're"), java.util.Map.entry("whats", "what's"));

    /**
     * The stems of each list of known words, kept while the list is: the shipped list (about 85,000 words) is the
     * same for every reload, and stemming it took about 60 ms of each one.
     */
    private static final java.util.Map<Set<String>, Set<String>> KNOWN_WORD_STEMS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Set<String> vocabulary;
    private final Set<String> knownWords;
    /** The English stems of the vocabulary and the known words: a word with one of them is a form of a real word. */
    private final Set<String> knownStems;
    private final IndexReader reader;
    private final DirectSpellChecker shortWords = checker(1);
    private final DirectSpellChecker longWords = checker(2);

    /**
     * @param vocabulary the lower-case words of the material
     * @param knownWords lower-case words known to be spelt right although the material does not use them
     */
    SpellingCorrector(Set<String> vocabulary, Set<String> knownWords) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.knownWords = Objects.requireNonNull(knownWords, "knownWords");
        var stems = new java.util.HashSet<>(KNOWN_WORD_STEMS.computeIfAbsent(knownWords, SpellingCorrector::stems));
        stems.addAll(stems(this.vocabulary));
        this.knownStems = Set.copyOf(stems);
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String word : this.vocabulary) {
                var doc = new Document();
                doc.add(new StringField(FIELD, word, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the in-memory spelling index", e);
        }
    }

    private static DirectSpellChecker checker(int maxEdits) {
        var checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinQueryLength(MIN_LENGTH);
        return checker;
    }

    /** A real word: in the material or the known words, or a plural of a word of the material ("cnas", "physios"). */
    private boolean known(String word) {
        if (vocabulary.contains(word) || knownWords.contains(word)) {
            return true;
        }
        // only the material's own words: "acess" is not the plural of the list's "aces"
        return word.endsWith("s") && vocabulary.contains(word.substring(0, word.length() - 1));
    }

    private static Set<String> stems(Set<String> words) {
        var stemmer = new EnglishStemmer();
        var stems = new java.util.HashSet<String>();
        words.forEach(w -> stems.add(stem(stemmer, w)));
        return Set.copyOf(stems);
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The lower-case words of {@code texts}, as the corrector's vocabulary. */
    static Set<String> words(List<String> texts) {
        var words = new java.util.HashSet<String>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** {@code question} with its misspelt words replaced by the closest words of the material; else unchanged. */
    String correct(String question) {
        Matcher m = WORD.matcher(question);
        var out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = SHORTHAND.containsKey(lower) ? SHORTHAND.get(lower) : suggestion(lower);
            if (replacement != null) {
                out.append(question, last, m.start()).append(replacement);
                last = m.end();
                changed = true;
            }
        }
        if (!changed) {
            return question;
        }
        return out.append(question, last, question.length()).toString();
    }

    private String suggestion(String word) {
        if (word.length() < MIN_LENGTH || known(word)) {
            return null;
        }
        try {
            // a wrong first letter is rare in typing and would let far-off words in, so it is kept (min prefix 1)
            DirectSpellChecker checker = word.length() <= 5 ? shortWords : longWords;
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(FIELD, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length == 0) {
                return null;
            }
            String suggestion = suggestions[0].string;
            // a form of a real word that the list lacks ("understaffing" beside "understaffed") keeps its meaning: a
            // suggestion with another stem ("understanding") is refused, one with the same stem is its spelling
            // ("privatly": "privately")
            var stemmer = new EnglishStemmer();
            String stem = stem(stemmer, word);
            return knownStems.contains(stem) && !stem.equals(stem(stemmer, suggestion)) ? null : suggestion;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory spelling lookup failed", e);
        }
    }
}
