package org.postwise.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Recognises the language of a question by its function words, using the stop-word lists that Lucene ships
 * for each language: a sentence in French is full of "je", "de", "un", "mon", "est" and nearly empty of "the",
 * "I", "my", "is". Function words carry the language even in a short chat question, where character n-gram
 * models stumble on names and platform words ("Facebook", "TikTok"). Questions mostly in another script
 * (Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari…) are not English either.
 *
 * <p>English wins ties and needs only to hold its own: a question counts as another language only when at least
 * {@value #MIN_WORDS} of its function words are that language's and they outnumber the English ones by half
 * again, so English questions quoting a foreign phrase stay English.
 */
public final class StopWordLanguageCheck implements LanguageCheck {

    private static final int MIN_WORDS = 2;
    private static final double MARGIN = 1.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** English function words beyond Lucene's short English list: pronouns, auxiliaries, question words. */
    private static final CharArraySet ENGLISH = english();

    /** Lucene's stop-word list of each language told apart from English, by the language's English name. */
    static final Map<String, CharArraySet> STOP_WORDS = stopWords();

    private static Map<String, CharArraySet> stopWords() {
        var langs = new LinkedHashMap<String, CharArraySet>();
        langs.put("French", FrenchAnalyzer.getDefaultStopSet());
        langs.put("Spanish", SpanishAnalyzer.getDefaultStopSet());
        langs.put("German", GermanAnalyzer.getDefaultStopSet());
        langs.put("Italian", ItalianAnalyzer.getDefaultStopSet());
        langs.put("Portuguese", PortugueseAnalyzer.getDefaultStopSet());
        langs.put("Dutch", DutchAnalyzer.getDefaultStopSet());
        langs.put("Danish", DanishAnalyzer.getDefaultStopSet());
        langs.put("Norwegian", NorwegianAnalyzer.getDefaultStopSet());
        langs.put("Swedish", SwedishAnalyzer.getDefaultStopSet());
        return Collections.unmodifiableMap(langs);
    }

    private static CharArraySet english() {
        var set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(java.util.List.of("i", "me", "my", "we", "our", "you", "your", "he", "she", "him", "her", "his",
                "what", "which", "who", "when", "where", "why", "how", "do", "does", "did", "can", "could", "should",
                "would", "may", "might", "must", "have", "has", "had", "am", "been", "from", "about", "it's", "i'm",
                "don't", "can't", "so", "some", "any", "up", "out", "just", "also", "one", "all", "get", "got"));
        return CharArraySet.unmodifiableSet(set);
    }

    @Override
    public Optional<String> otherLanguage(String question) {
        Objects.requireNonNull(question, "question");
        long letters = LETTER.matcher(question).results().count();
        if (letters == 0) {
            return Optional.empty();
        }
        long latin = LATIN.matcher(question).results().count();
        if (latin * 2 < letters) {
            return Optional.of(UNNAMED);
        }
        int english = 0;
        var counts = new LinkedHashMap<String, Integer>();
        Matcher m = WORD.matcher(question.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            if (ENGLISH.contains(w)) {
                english++;
            }
            for (var e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        int englishCount = english;
        var likely = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_WORDS && e.getValue() > MARGIN * englishCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (likely.isEmpty()) {
            return Optional.empty();
        }
        // related languages share function words ("la", "de", "un"): a tie names none of them
        boolean tie = likely.size() > 1 && likely.get(1).getValue().equals(likely.get(0).getValue());
        return Optional.of(tie ? UNNAMED : likely.get(0).getKey());
    }
}
