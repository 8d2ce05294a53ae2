package org.postwise.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassageChunkerTest {

    @Test
    void rejects_limits_below_one_hundred_characters() {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PassageChunker(99));

        // then
        assertTrue(e.getMessage().contains("at least 100") && e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void uses_480_characters_by_default() {
        // given / when / then
        assertEquals(480, new PassageChunker().maxChars());
    }

    @Test
    void packs_consecutive_sentences_greedily_without_overlap() {
        // given five sentences of 30 characters and a 100-character window
        List<String> sentences = List.of("A", "B", "C", "D", "E").stream()
                .map(letter -> "Sentence " + letter + " " + "x".repeat(18) + ".")
                .toList();
        sentences.forEach(s -> assertEquals(30, s.length()));
        PassageChunker chunker = new PassageChunker(100);

        // when
        List<String> windows = chunker.chunk(String.join(" ", sentences));

        // then three sentences fit (3 * 30 + 2 spaces = 92), the next would not, and nothing repeats
        assertEquals(2, windows.size());
        assertEquals(String.join(" ", sentences.subList(0, 3)), windows.get(0));
        assertEquals(String.join(" ", sentences.subList(3, 5)), windows.get(1));
        assertEquals(String.join(" ", sentences), String.join(" ", windows));
    }

    @Test
    void keeps_a_sentence_longer_than_the_limit_whole() {
        // given a 150-character sentence between two short ones
        String longSentence = "L" + "o".repeat(147) + ".";
        String text = "Short one. " + longSentence + " Short two.";

        // when
        List<String> windows = new PassageChunker(100).chunk(text);

        // then
        assertEquals(List.of("Short one.", longSentence, "Short two."), windows);
    }

    @Test
    void never_exceeds_the_limit_with_ordinary_sentences() {
        // given many sentences of varying length
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("Sentence number ").append(i).append(" says ").append("a".repeat(i % 17)).append(". ");
        }
        PassageChunker chunker = new PassageChunker(120);

        // when
        List<String> windows = chunker.chunk(text.toString());

        // then
        assertTrue(windows.size() > 1);
        windows.forEach(w -> assertTrue(w.length() <= 120, w));
        assertEquals(text.toString().strip(), String.join(" ", windows));
    }

    @Test
    void blank_text_gives_no_windows() {
        // given / when / then
        assertEquals(List.of(), new PassageChunker().chunk(" \n "));
    }
}
