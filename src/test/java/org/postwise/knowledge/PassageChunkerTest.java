package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageChunkerTest {

    @Test
    void rejects_limits_below_one_hundred_characters() {
        assertThatThrownBy(() -> new PassageChunker(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("at least 100", "99");
    }

    @Test
    void uses_480_characters_by_default() {
        // given / when / then
        assertThat(new PassageChunker().maxChars()).isEqualTo(480);
    }

    @Test
    void packs_consecutive_sentences_greedily_without_overlap() {
        // given five sentences of 30 characters and a 100-character window
        List<String> sentences = List.of("A", "B", "C", "D", "E").stream()
                .map(letter -> "Sentence " + letter + " " + "x".repeat(18) + ".")
                .toList();
        assertThat(sentences).allSatisfy(s -> assertThat(s).hasSize(30));
        PassageChunker chunker = new PassageChunker(100);

        // when
        List<String> windows = chunker.chunk(String.join(" ", sentences));

        // then three sentences fit (3 * 30 + 2 spaces = 92), the next would not, and nothing repeats
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0)).isEqualTo(String.join(" ", sentences.subList(0, 3)));
        assertThat(windows.get(1)).isEqualTo(String.join(" ", sentences.subList(3, 5)));
        assertThat(String.join(" ", windows)).isEqualTo(String.join(" ", sentences));
    }

    @Test
    void keeps_a_sentence_longer_than_the_limit_whole() {
        // given a 150-character sentence between two short ones
        String longSentence = "L" + "o".repeat(147) + ".";
        String text = "Short one. " + longSentence + " Short two.";

        // when
        List<String> windows = new PassageChunker(100).chunk(text);

        // then
        assertThat(windows).containsExactly("Short one.", longSentence, "Short two.");
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
        assertThat(windows.size()).isGreaterThan(1);
        assertThat(windows).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", windows)).isEqualTo(text.toString().strip());
    }

    @Test
    void blank_text_gives_no_windows() {
        // given / when / then
        assertThat(new PassageChunker().chunk(" \n ")).isEmpty();
    }
}
