package org.postwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.postwise.answer.Question;

/**
 * A question set as JSON lines: one object per line with an {@code id} and a string {@code question}, optionally the
 * conversation's earlier questions, oldest first, as {@code earlier} (a list of strings: the question is then a
 * follow-up in a thread), and whatever else the set's use needs; blank lines skipped. A bad line is a usage error
 * naming the file and line, or, when reading leniently (third-party sets), is left out.
 */
final class QuestionLines {

    private QuestionLines() {
    }

    /** What to do with one good line; may write output as it goes. */
    @FunctionalInterface
    interface RowHandler {
        void accept(JsonNode row) throws IOException;
    }

    /**
     * Every line, in order, as it is read: good ones to {@code rows}, the message about each bad one to
     * {@code badLines} (which may throw to stop at the first, or collect and go on).
     *
     * @param name     the file, for messages
     * @param valid    what else a line must have beside {@code id} and {@code question}
     * @param expected how a good line looks, for the message about a bad one
     */
    static void forEach(BufferedReader reader, String name, ObjectMapper json, Predicate<JsonNode> valid,
                        String expected, Consumer<String> badLines, RowHandler rows) throws IOException {
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row;
            try {
                row = json.readTree(line);
            } catch (JsonProcessingException e) {
                badLines.accept(name + ":" + n + ": not JSON (" + e.getOriginalMessage() + ")");
                continue;
            }
            if (!row.hasNonNull("id") || !row.path("question").isTextual() || !valid.test(row)) {
                badLines.accept(name + ":" + n + ": expected " + expected);
                continue;
            }
            if (row.has("earlier") && !isListOfStrings(row.get("earlier"))) {
                badLines.accept(name + ":" + n + ": \"earlier\" must be a list of the conversation's earlier"
                        + " questions, as strings, oldest first");
                continue;
            }
            rows.accept(row);
        }
    }

    private static boolean isListOfStrings(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode e : node) {
            if (!e.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** The question of a good line, with its conversation's earlier questions when it has them. */
    static Question question(JsonNode row) {
        var earlier = new ArrayList<String>();
        row.path("earlier").forEach(e -> earlier.add(e.asText()));
        return new Question(row.get("question").asText(), earlier);
    }

    /**
     * All good lines.
     *
     * @param name     the file, for messages
     * @param valid    what else a line must have beside {@code id} and {@code question}
     * @param expected how a good line looks, for the message about a bad one
     * @param lenient  leave bad lines out instead of stopping at the first
     */
    static List<JsonNode> read(BufferedReader reader, String name, ObjectMapper json, Predicate<JsonNode> valid,
                               String expected, boolean lenient) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        forEach(reader, name, json, valid, expected, message -> {
            if (!lenient) {
                throw new UsageException(message);
            }
        }, rows::add);
        return rows;
    }
}
