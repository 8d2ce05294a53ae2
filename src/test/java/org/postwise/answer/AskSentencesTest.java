package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskSentencesTest {

    @Test
    void takes_the_sentences_that_ask_when_a_story_comes_first() {
        // given
        String question = "A coworker posted lies about me on Facebook. Everyone on the unit saw it. "
                + "Can I sue her? What would a lawyer cost?";
        // when / then
        assertThat(AskSentences.of(question)).contains("Can I sue her? What would a lawyer cost?");
    }

    @Test
    void takes_the_last_sentence_when_none_ends_with_a_question_mark() {
        // given
        String question = "My manager changed the rota again. I want to know how to file a grievance.";
        // when / then
        assertThat(AskSentences.of(question)).contains("I want to know how to file a grievance.");
    }

    @Test
    void has_no_separate_ask_for_a_one_sentence_question() {
        // when / then
        assertThat(AskSentences.of("Can I accept a friend request from a patient?")).isEmpty();
    }

    @Test
    void has_no_separate_ask_when_every_sentence_asks() {
        // when / then
        assertThat(AskSentences.of("Can I friend a patient? What about a former one?")).isEmpty();
    }
}
