package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

    private final PassageIndex index = RetrievalFixtures.index();

    @Test
    void reads_every_word_of_a_question_in_order_with_its_small_words_stemmed_as_terms_are() {
        // when
        List<String> words = index.words("I'm the manager who accepted it");
        // then
        assertThat(words).containsExactly("i'm", "the", "manag", "who", "accept", "it");
    }

    @Test
    void reads_a_curly_apostrophe_as_a_straight_one() {
        // when / then
        assertThat(index.words("I’m a manager")).isEqualTo(index.words("I'm a manager"));
    }
}
