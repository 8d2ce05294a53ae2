package org.postwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.AnswerSource;
import org.postwise.answer.safety.QuestionGuard;

/**
 * The batch contract: JSON lines {@code {"id", "question"}} in (with {@code "earlier"}, the questions before it in a
 * conversation, for a follow-up), one JSON line per question out, in order, with the same id. A bad input line is
 * reported with its line number and skipped, and so is a question whose answer fails; the others are answered.
 */
final class BatchRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchRunner.class);

    /** Stands in for the question text in output when it was flagged {@code phi}: never echo it. */
    static final String WITHHELD = "[withheld: the question contained patient details]";
    /** Stands in for a question too long to answer, which the guards may not have read: never echo it either. */
    static final String WITHHELD_TOO_LONG = "[withheld: the question was too long]";

    private final AnswerService answers;
    private final ObjectMapper json;

    BatchRunner(AnswerService answers, ObjectMapper json) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** What a run did: the answers written, in order, and the input problems met. */
    record Result(List<ObjectNode> answers, List<String> problems) {
    }

    Result run(BufferedReader in, String inputName, PrintStream out) throws IOException {
        var written = new ArrayList<ObjectNode>();
        var problems = new ArrayList<String>();
        QuestionLines.forEach(in, inputName, json, JsonNode::isObject,
                "an object with \"id\" and a string \"question\"", problems::add, row -> {
                    Answer answer;
                    try {
                        answer = answers.answer(QuestionLines.question(row));
                    } catch (RuntimeException e) {
                        // one question that fails must not cost the others their answers; neither the question nor
                        // the exception's message (which may quote it) is printed or logged above DEBUG
                        log.warn("batch question {} could not be answered: {}", row.get("id"), e.getClass().getName());
                        log.debug("batch question {} failed", row.get("id"), e);
                        problems.add(inputName + ": question " + row.get("id") + " could not be answered ("
                                + e.getClass().getSimpleName() + "); the others were");
                        return;
                    }
                    ObjectNode result = toJson(row.get("id"), row.get("question").asText(), answer);
                    out.println(json.writeValueAsString(result));
                    written.add(result);
                });
        out.flush();
        return new Result(written, problems);
    }

    ObjectNode toJson(JsonNode id, String question, Answer answer) {
        ObjectNode o = json.createObjectNode();
        o.set("id", id);
        o.put("question", answer.flags().contains(QuestionGuard.PHI) ? WITHHELD
                : answer.flags().contains(Answer.TOO_LONG) ? WITHHELD_TOO_LONG : question);
        o.put("answered", answer.answered());
        o.put("answer", answer.text());
        var sources = o.putArray("sources");
        for (AnswerSource s : answer.sources()) {
            sources.addObject()
                    .put("doi", s.doi())
                    .put("url", s.url())
                    .put("title", s.title())
                    .put("citation", s.citation())
                    .put("section", s.section())
                    .put("text", s.text())
                    .put("score", Math.round(s.score() * 1e6) / 1e6);
        }
        var flags = o.putArray("flags");
        answer.flags().stream().sorted().forEach(flags::add);
        o.put("confidence", answer.confidence().id());
        o.put("answer_id", answer.id());
        o.put("index_version", answer.indexVersion());
        o.put("generated_by", answer.generatedBy());
        return o;
    }
}
