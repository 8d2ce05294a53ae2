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
        // when
        String pasted = "a pasted page of text ".repeat(10);
        var recent = new Question("and on Instagram?", List.of(pasted, "Can I friend a patient?"))
                .recentEarlier(pasted.length() - 1);
        // then
        assertThat(recent).containsExactly("Can I friend a patient?");
    }
}
