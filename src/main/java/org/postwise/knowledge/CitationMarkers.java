package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a card's citation markers: {@code [@key]} or {@code [@key1; @key2]} cites the sentences since the
 * previous marker of the same paragraph (or since its start) up to and including the sentence it ends.
 * Sentences after a paragraph's last marker are the card's own words. {@code [@postwise]} ends a run
 * explicitly as the card's own words. Markers never reach the text users see.
 */
final class CitationMarkers {

    /** The key that marks a run as Postwise's own words. */
    static final String OWN_WORDS = "postwise";

    private static final Pattern MARKER = Pattern.compile("\\s*\\[@([^\\]]*)]");
    // "… says so. [@key]" → "… says so [@key]." so the marker stays with its sentence when split
    private static final Pattern MARKER_AFTER_STOP =
            Pattern.compile("([.!?]+[\"'”’)]*)((?:\\s*\\[@[^\\]]*])+)");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("[;,]");

    /** A sentence and the source keys its run is cited to; empty keys mean the card's own words. */
    record Cited(String text, List<String> keys) {
        Cited {
            Objects.requireNonNull(text, "text");
            keys = List.copyOf(keys);
        }

        boolean ownWords() {
            return keys.isEmpty();
        }
    }

    private CitationMarkers() {
    }

    /** The sentences of {@code paragraph} with the keys their runs are cited to. */
    static List<Cited> sentences(String paragraph, SentenceSplitter splitter) {
        String moved = MARKER_AFTER_STOP.matcher(paragraph).replaceAll(m ->
                Matcher.quoteReplacement(m.group(2) + m.group(1)));
        var out = new ArrayList<Cited>();
        var pending = new ArrayList<String>();
        for (String sentence : splitter.split(moved)) {
            List<String> keys = keys(sentence);
            String text = strip(sentence);
            if (!text.isEmpty()) {
                pending.add(text);
            }
            if (!keys.isEmpty()) {
                List<String> cited = keys.equals(List.of(OWN_WORDS)) ? List.of() : keys;
                pending.forEach(p -> out.add(new Cited(p, cited)));
                pending.clear();
            }
        }
        pending.forEach(p -> out.add(new Cited(p, List.of())));
        return out;
    }

    /** A bullet, cited to the keys of the markers inside it (none: the card's own words). */
    static Cited bullet(String text) {
        List<String> keys = keys(text);
        return new Cited(strip(text), keys.equals(List.of(OWN_WORDS)) ? List.of() : keys);
    }

    /** Every key the markers in {@code text} name, in order, lower case, without duplicates. */
    static List<String> keys(String text) {
        var keys = new LinkedHashSet<String>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            for (String part : KEY_SEPARATOR.split(m.group(1))) {
                String key = part.strip().replaceFirst("^@", "").strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return List.copyOf(keys);
    }

    /** {@code text} without its markers, and without the space a marker left before punctuation. */
    static String strip(String text) {
        return MARKER.matcher(text).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").strip();
    }
}
