package org.postwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.Question;

class BatchRunnerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answers_the_other_questions_and_reports_the_one_whose_answer_failed() throws IOException {
        // given an answer service that fails on one question
        AnswerService answers = mock(AnswerService.class);
        when(answers.answer(any(Question.class)))
                .thenAnswer(call -> new Answer("a1", true, "Yes.", List.of(), Set.of(), "v1"));
        when(answers.answer(eq(Question.of("second, DOB 04/11/1958")))).thenThrow(new IndexOutOfBoundsException("end"));
        String in = """
                {"id": "q1", "question": "first"}
                {"id": "q2", "question": "second, DOB 04/11/1958"}
                {"id": "q3", "question": "third"}
                """;
        var printed = new ByteArrayOutputStream();

        // when
        var result = new BatchRunner(answers, json).run(new BufferedReader(new StringReader(in)), "in.jsonl",
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then
        List<String> ids = printed.toString(StandardCharsets.UTF_8).lines().map(this::id).toList();
        assertThat(ids).containsExactly("q1", "q3");
        assertThat(result.problems()).singleElement().asString()
                .contains("in.jsonl", "\"q2\"", "IndexOutOfBoundsException").doesNotContain("1958");
    }

    @Test
    void withholds_the_text_of_a_question_refused_as_too_long() throws IOException {
        // given
        AnswerService answers = mock(AnswerService.class);
        when(answers.answer(any(Question.class))).thenReturn(new Answer("a1", false, "Too long.", List.of(),
                Set.of(Answer.TOO_LONG), ""));
        var printed = new ByteArrayOutputStream();

        // when
        new BatchRunner(answers, json).run(new BufferedReader(new StringReader(
                "{\"id\": \"q1\", \"question\": \"a very long pasted page\"}\n")), "in.jsonl",
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then
        JsonNode line = json.readTree(printed.toString(StandardCharsets.UTF_8));
        assertThat(line.get("question").asText()).isEqualTo(BatchRunner.WITHHELD_TOO_LONG);
    }

    @Test
    void answers_a_follow_up_with_the_earlier_questions_of_its_conversation() throws IOException {
        // given
        AnswerService answers = mock(AnswerService.class);
        when(answers.answer(any(Question.class))).thenReturn(new Answer("a1", true, "Yes.", List.of(), Set.of(), "v1"));
        String in = """
                {"id": "q1", "question": "and on Instagram?", "earlier": ["Can I friend a patient?"]}
                """;

        // when
        new BatchRunner(answers, json).run(new BufferedReader(new StringReader(in)), "in.jsonl",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        // then
        verify(answers).answer(new Question("and on Instagram?", List.of("Can I friend a patient?")));
    }

    @Test
    void reports_a_line_whose_earlier_questions_are_not_a_list_of_strings() throws IOException {
        // given
        AnswerService answers = mock(AnswerService.class);
        when(answers.answer(any(Question.class))).thenReturn(new Answer("a1", true, "Yes.", List.of(), Set.of(), "v1"));
        String in = """
                {"id": "q1", "question": "and on Instagram?", "earlier": "Can I friend a patient?"}
                {"id": "q2", "question": "Can I blog?"}
                """;
        var printed = new ByteArrayOutputStream();

        // when
        var result = new BatchRunner(answers, json).run(new BufferedReader(new StringReader(in)), "in.jsonl",
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then the good line is answered and the bad one named by its line
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().map(this::id)).containsExactly("q2");
        assertThat(result.problems()).singleElement().asString().contains("in.jsonl:1", "\"earlier\"");
    }

    private String id(String line) {
        try {
            JsonNode node = json.readTree(line);
            return node.get("id").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
