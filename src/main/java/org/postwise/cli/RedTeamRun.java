package org.postwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.postwise.Postwise;
import org.postwise.eval.RedTeamScorer;

/**
 * {@code eval --redteam DIR}: reads a red-team folder's case files, answers every question through the real
 * answer service, and prints the safety table ({@link RedTeamScorer}). The folder is third-party material and
 * is only read, never copied. Exits {@link CommandLineApp#FAILED} when a goal is missed.
 */
final class RedTeamRun {

    private final ObjectMapper json;
    private final PrintStream out;

    RedTeamRun(ObjectMapper json, PrintStream out) {
        this.json = Objects.requireNonNull(json, "json");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * @param dir      the folder holding {@code phi.jsonl}, {@code clean.jsonl}, {@code inj.jsonl},
     *                 {@code benign.jsonl} and optionally {@code odd.jsonl}
     * @param postwise starts Postwise once the files are known to be readable
     */
    int run(Path dir, Supplier<Postwise> postwise) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such folder: " + dir);
        }
        Map<String, List<JsonNode>> cases = new LinkedHashMap<>();
        for (String name : RedTeamScorer.FILES) {
            Path file = dir.resolve(name + ".jsonl");
            if (!Files.exists(file)) {
                if (!name.equals("odd")) {
                    throw new UsageException("the red-team folder has no " + name + ".jsonl: " + dir);
                }
                continue;
            }
            // odd inputs (NUL, lone surrogates, a raw byte string) are only answered, not scored: keep what parses
            cases.put(name, read(file, name.equals("odd")));
        }
        Map<String, JsonNode> byId = new HashMap<>();
        int n = 0;
        try (Postwise started = postwise.get()) {
            var answers = started.answers();
            var runner = new BatchRunner(answers, json);
            for (List<JsonNode> group : cases.values()) {
                for (JsonNode c : group) {
                    String question = c.path("question").asText("");
                    byId.put(c.path("id").asText(), runner.toJson(c.get("id"), question, answers.answer(question)));
                    n++;
                }
            }
        }
        var report = new RedTeamScorer().score(cases, byId, RedTeamScorer.Goals.STANDARD);
        report.misses().forEach(m -> out.println("  " + m));
        report.echoes().forEach(e -> out.println("  echo: " + e));
        out.println("questions=" + n);
        out.println(report.table());
        return report.meetsGoals() ? CommandLineApp.OK : CommandLineApp.FAILED;
    }

    private List<JsonNode> read(Path file, boolean lenient) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return QuestionLines.read(reader, file.toString(), json, row -> true, "{\"id\", \"question\", ...}", lenient);
        }
    }
}
