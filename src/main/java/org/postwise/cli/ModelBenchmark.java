package org.postwise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.postwise.Postwise;
import org.postwise.answer.Confidence;
import org.postwise.answer.Question;
import org.postwise.answer.TemplateSet;
import org.postwise.answer.generation.CheckedDrafts;
import org.postwise.answer.generation.CitedAnswerWriter;
import org.postwise.answer.generation.GroundingCheck;
import org.postwise.answer.generation.ModelPassages;
import org.postwise.chat.discord.AnswerLayout;
import org.postwise.config.ModelConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.ScoredPassage;

/**
 * Prints the language model's figures without a real model: the cost of the grounding check per answer (the final
 * check and the drafts' checks while it streams), and the time to the first streamed edit with a fake
 * OpenAI-compatible model on loopback that writes at a fixed rate.
 */
final class ModelBenchmark {

    /** The fake model's pace: pieces of {@value #PIECE} characters, one every {@link #PIECE_EVERY}. */
    static final int PIECE = 4;
    static final Duration PIECE_EVERY = Duration.ofMillis(20);
    private static final String FAKE_ANSWER = """
            WHAT THE MATERIAL SAYS
            - The material speaks to the situation asked about and says what professional bodies advise [1].
            - It also describes what tends to go wrong when personal and professional roles mix online [2].
            - Institutions expect staff to follow their own policy first [1].
            WHAT TO DO
            - Keep personal accounts separate from patients and colleagues' professional contact [1].
            - Ask the communications team or privacy office before posting when unsure [2].
            """;

    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    ModelBenchmark(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * The grounding check on synthetic model answers built from the index's own passages (five per answer, each
     * quoted and cited, with an uncited sentence, a foreign link and a mention for the check to remove): the final
     * check with the answer's rendering, and that plus the drafts' checks while the answer streams in pieces of
     * {@value #PIECE} characters.
     */
    void grounding(Postwise postwise, int answers) {
        PassageIndex index = postwise.index();
        TemplateSet templates = TemplateSet.load(postwise.config().knowledge().prompts());
        Set<String> links = index.documents().stream().flatMap(d -> d.sources().stream()).map(SourceRef::link)
                .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        var check = new GroundingCheck();
        var writer = new CitedAnswerWriter(postwise.config().answer());
        List<Passage> passages = index.passages();
        var finalNanos = new ArrayList<Long>();
        var streamedNanos = new ArrayList<Long>();
        for (int round = 0; round < answers + 200; round++) {
            var chosen = new ArrayList<ScoredPassage>();
            for (int i = 0; i < 5; i++) {
                chosen.add(new ScoredPassage(passages.get((round * 5 + i) % passages.size()), 1.0 / (i + 1), 0, 0));
            }
            var numbered = new ModelPassages(chosen);
            String text = syntheticAnswer(numbered);
            long t = System.nanoTime();
            var checked = check.check(text, numbered.size(), links, false);
            writer.write(checked, numbered, index, templates, Confidence.CLOSE, "bench");
            long finalCheck = System.nanoTime() - t;
            // the drafts of the same answer streamed in pieces, as the composer checks them
            var drafts = new CheckedDrafts(check, writer, numbered, index, templates, Confidence.CLOSE, links,
                    draft -> { });
            t = System.nanoTime();
            for (int end = PIECE; end < text.length(); end += PIECE) {
                drafts.show(text.substring(0, end));
            }
            long streamed = System.nanoTime() - t + finalCheck;
            if (round >= 200) { // the first 200 let the JIT compile the check
                finalNanos.add(finalCheck);
                streamedNanos.add(streamed);
            }
        }
        LatencyBenchmark.report(out, "grounding check, per answer", finalNanos);
        LatencyBenchmark.report(out, "  with drafts while streaming", streamedNanos);
    }

    /** A model's answer quoting the first sentence of each passage, cited, plus what the check must remove. */
    private static String syntheticAnswer(ModelPassages numbered) {
        var text = new StringBuilder("WHAT THE MATERIAL SAYS\n");
        for (int n = 1; n <= 3; n++) {
            String first = numbered.number(n).passage().text().split("(?<=[.!?])\\s+")[0];
            text.append("- ").append(first.replaceAll("[.!?]+$", "")).append(" [").append(n).append("].\n");
        }
        text.append("- This sentence cites nothing, links http://evil.example/x and pings @everyone.\n");
        text.append("WHAT TO DO\n");
        for (int n = 4; n <= 5; n++) {
            text.append("- Act on what passage ").append(n).append(" advises for this situation [").append(n)
                    .append("].\n");
        }
        return text.toString();
    }

    /**
     * Time to the first streamed edit (the first draft laid out as Discord's edit would be) and to the final answer,
     * with a fake OpenAI-compatible model on loopback writing {@value #PIECE} characters every {@link #PIECE_EVERY}.
     */
    void firstEdit(Postwise postwise, List<String> questions, int rounds) {
        HttpServer server = null;
        try {
            server = fakeModel();
            var c = postwise.config();
            var model = new ModelConfig(ModelConfig.Provider.OPENAI,
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), "fixed-rate-fake", "",
                    Duration.ofSeconds(5), Duration.ofSeconds(30), 0, Duration.ofSeconds(30));
            try (Postwise withModel = Postwise.start(new PostwiseConfig(c.knowledge(), c.dataDir(), c.retrieval(),
                    c.answer(), c.queryPrefix(), c.storage(), c.admin(), c.host(), c.embedding(), Optional.of(model)))) {
                report(withModel, questions, rounds);
            }
        } catch (IOException e) {
            out.println("model benchmark skipped: " + e.getMessage());
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    /** Streams every question through {@code withModel}'s answers and prints when the first edit and the answer came. */
    private void report(Postwise withModel, List<String> questions, int rounds) {
        var layout = new AnswerLayout(Set::of);
        var firstEdit = new ArrayList<Long>();
        var whole = new ArrayList<Long>();
        int fellBack = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long start = System.nanoTime();
                long[] first = {-1};
                var answer = withModel.answers().answer(new Question(q + " (model " + r + ")", List.of()),
                        draft -> {
                            layout.draft(draft);
                            if (first[0] < 0) {
                                first[0] = System.nanoTime() - start;
                            }
                        });
                if (first[0] >= 0) {
                    firstEdit.add(first[0]);
                    whole.add(System.nanoTime() - start);
                } else if (answer.shortForm()) {
                    fellBack++;
                }
            }
        }
        out.printf(Locale.ROOT, "fake model at %d characters every %d ms (%.0f characters/s):%n", PIECE,
                PIECE_EVERY.toMillis(), PIECE * 1000.0 / PIECE_EVERY.toMillis());
        if (firstEdit.isEmpty()) {
            out.println("  no streamed answer (" + fellBack + " fell back)");
            return;
        }
        LatencyBenchmark.report(out, "  first streamed edit", firstEdit);
        LatencyBenchmark.report(out, "  final answer", whole);
    }

    /** An OpenAI-compatible chat endpoint on loopback that streams {@link #FAKE_ANSWER} at the fixed pace. */
    private HttpServer fakeModel() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-fake-model");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < FAKE_ANSWER.length(); i += PIECE) {
                    body.write(event(FAKE_ANSWER.substring(i, Math.min(FAKE_ANSWER.length(), i + PIECE))));
                    body.flush();
                    Thread.sleep(PIECE_EVERY.toMillis()); // the fake model's own pace
                }
                body.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return server;
    }

    private byte[] event(String content) throws IOException {
        ObjectNode chunk = json.createObjectNode().put("id", "bench").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", "fixed-rate-fake");
        chunk.putArray("choices").addObject().put("index", 0).putObject("delta").put("content", content);
        return ("data: " + json.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
