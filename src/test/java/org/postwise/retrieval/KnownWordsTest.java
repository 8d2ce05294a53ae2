package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownWordsTest {

    @Test
    void reads_the_shipped_word_list_with_inflected_words_the_tokenizer_splits() {
        // when
        Set<String> words = KnownWords.fromWordList(KnownWords.ENGLISH_WORDS);
        // then
        assertThat(words).contains("offend", "fainting", "trashing", "genital", "unfriended").hasSizeGreaterThan(60_000);
    }

    @Test
    void a_missing_word_list_is_a_clear_error() {
        // when / then
        assertThatThrownBy(() -> KnownWords.fromWordList("org/postwise/words/no-such-list.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no word list 'org/postwise/words/no-such-list.txt' on the class path");
    }
}
