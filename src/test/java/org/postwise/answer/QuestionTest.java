package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void brings_only_the_newest_earlier_questions_to_an_answer() {
        // given a conversation with two more earlier questions than are kept
        List<String> earlier = IntStream.rangeClosed(1, Question.EARLIER_KEPT + 2).mapToObj(i -> "question " + i)
                .toList();
        // when
        var recent = new Question("and on Instagram?", earlier).recentEarlier(100);
        // then
        assertThat(recent).hasSize(Question.EARLIER_KEPT).first().isEqualTo("question 3");
    }

    @Test
    void leaves_out_an_earlier_question_longer_than_the_limit() {
        // given
        String pasted = "a pasted page of text ".repeat(10);
        // when
        var recent = new Question("and on Instagram?", List.of(pasted, "Can I friend a patient?"))
                .recentEarlier(pasted.length() - 1);
        // then
        assertThat(recent).containsExactly("Can I friend a patient?");
    }

    @Test
    void keeps_an_earlier_question_exactly_as_long_as_the_limit() {
        // when
        var recent = new Question("and on Instagram?", List.of("Can I friend a patient?"))
                .recentEarlier("Can I friend a patient?".length());
        // then
        assertThat(recent).containsExactly("Can I friend a patient?");
    }

    @Test
    void leaves_out_a_long_earlier_question_before_counting_the_newest() {
        // given the kept number of short questions, then a pasted page as the newest
        List<String> earlier = new java.util.ArrayList<>(IntStream.rangeClosed(1, Question.EARLIER_KEPT)
                .mapToObj(i -> "question " + i).toList());
        earlier.add("a pasted page of text ".repeat(10));
        // when
        var recent = new Question("and on Instagram?", earlier).recentEarlier(20);
        // then the page takes no place of a question that can be read
        assertThat(recent).hasSize(Question.EARLIER_KEPT).first().isEqualTo("question 1");
    }
}
