package org.postwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.answer.generation.LanguageModelComposer;
import org.postwise.config.ModelConfig;
import org.postwise.testing.EmbeddingCache;
import org.postwise.testing.FakeModelServer;

/** {@code batch} and {@code eval} with a language model configured: the JSON contract holds, plus generated_by. */
class ModelCommandLineTest {

    private static final String ANSWER = """
            WHAT THE MATERIAL SAYS
            - The material speaks to this situation [1].
            - It makes a second point as well [2].
            WHAT TO DO
            - Follow the material's advice and ask when unsure [1].
            """;
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\[(\\d+)] (.+?)\\. ", Pattern.MULTILINE);
    private static final String BATCH = """
            {"id": "q1", "question": "Can I accept a friend request from a patient?"}
            {"id": "q2", "question": "My patient Ann Lee, DOB 04/05/1950, wants to friend me. Can I accept?"}
            {"id": "q3", "question": "What is the best recipe for banana bread?"}
            """;

    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private FakeModelServer model;

    @BeforeEach
    void start_the_model_server() throws IOException {
        model = new FakeModelServer(FakeModelServer.Shape.OPENAI);
    }

    @AfterEach
    void stop_the_model_server() throws IOException {
        model.close();
    }

    private int run(String stdin, Map<String, String> env, String... args) {
        var settings = new HashMap<>(env);
        settings.put("POSTWISE_DATA_DIR", data.toString());
        EmbeddingCache.seed(data);
        try {
            return new CommandLineApp(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                    settings, Path.of("").toAbsolutePath()).run(args);
        } finally {
            EmbeddingCache.keep(data);
        }
    }

    private List<JsonNode> lines() throws IOException {
        var lines = new ArrayList<JsonNode>();
        for (String line : out.toString(StandardCharsets.UTF_8).strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void batch_with_a_model_keeps_the_contract_and_says_who_wrote_each_answer() throws IOException {
        // given
        model.answerAlways(ANSWER);

        // when
        int code = run(BATCH, model.env(), "batch");

        // then
        assertThat(code).isEqualTo(CommandLineApp.OK);
        List<JsonNode> lines = lines();
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("q1", "q2", "q3");
        JsonNode written = lines.get(0);
        assertThat(written.get("generated_by").asText()).isEqualTo(FakeModelServer.MODEL);
        assertThat(written.get("answer").asText()).contains("The material speaks to this situation.");
        var citations = new ArrayList<String>();
        written.get("sources").forEach(source -> citations.add(source.get("citation").asText()));
        Matcher cited = SOURCE_LINE.matcher(written.get("answer").asText());
        int sourceLines = 0;
        while (cited.find()) {
            sourceLines++;
            assertThat(citations).as("every work the answer cites is among its sources")
                    .contains(cited.group(2).startsWith("Postwise's own advice") ? "Postwise" : cited.group(2));
        }
        assertThat(sourceLines).isPositive();
        assertThat(written.fieldNames()).toIterable().containsExactly("id", "question", "answered", "answer",
                "sources", "flags", "confidence", "answer_id", "index_version", "generated_by");
        // the question with patient details was answered without the model, and never sent
        assertThat(lines.get(1).get("generated_by").asText()).isEqualTo("extractive");
        assertThat(lines.get(1).get("flags").toString()).contains("phi");
        assertThat(lines.get(2).get("answered").asBoolean()).isFalse();
        assertThat(model.requestBodies()).hasSize(1).allSatisfy(b -> assertThat(b).doesNotContain("Ann Lee", "1950"));
    }

    @Test
    void batch_with_the_model_down_still_answers_every_line_in_the_short_form() throws IOException {
        // when the server fails every request
        int code = run(BATCH, model.env(), "batch");

        // then
        assertThat(code).isEqualTo(CommandLineApp.OK);
        JsonNode first = lines().get(0);
        assertThat(first.get("answered").asBoolean()).isTrue();
        assertThat(first.get("generated_by").asText()).isEqualTo("extractive");
        assertThat(first.get("answer").asText()).startsWith(LanguageModelComposer.SHORT_FORM);
    }

    @Test
    void batch_without_a_model_says_every_answer_is_extractive() throws IOException {
        // when
        int code = run(BATCH, Map.of(), "batch");

        // then
        assertThat(code).isEqualTo(CommandLineApp.OK);
        assertThat(lines()).extracting(l -> l.get("generated_by").asText()).containsOnly("extractive");
        assertThat(model.requestCount()).isZero();
    }

    @Test
    void help_lists_the_language_model_s_settings() {
        // when
        run("", Map.of(), "help");

        // then
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(ModelConfig.VARIABLES.keySet());
    }

    @Test
    void eval_scores_the_development_set_with_a_model() {
        // given
        model.answerAlways(ANSWER);

        // when
        int code = run("", model.env(), "eval", "src/test/resources/eval/dev.jsonl");

        // then
        assertThat(code).isEqualTo(CommandLineApp.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("questions=28", "hit1=", "coverage=", "cited=");
        assertThat(model.requestCount()).isPositive();
    }
}
