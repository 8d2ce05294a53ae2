package org.postwise.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/**
 * A language model server on loopback, speaking OpenAI's chat-completions streaming API (server-sent events at
 * {@code /v1/chat/completions}) or Ollama's ({@code /api/chat}, JSON lines). Tests queue what it answers, one reply
 * per request in order (or one for every request), and read what it received.
 */
public final class FakeModelServer implements AutoCloseable {

    /** Which API it speaks. */
    public enum Shape { OPENAI, OLLAMA }

    public static final String MODEL = "fake-model-1";

    private final Shape shape;
    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentLinkedQueue<MockResponse> queued = new ConcurrentLinkedQueue<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile MockResponse always;

    public FakeModelServer(Shape shape) throws IOException {
        this.shape = shape;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                bodies.add(request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8));
                MockResponse next = queued.poll();
                if (next != null) {
                    return next;
                }
                return always != null ? always
                        : new MockResponse.Builder().code(500).body("{\"error\": \"nothing queued\"}").build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    public Shape shape() {
        return shape;
    }

    /** The base URL Postwise is configured with. */
    public String baseUrl() {
        return shape == Shape.OPENAI ? server.url("/v1").toString() : server.url("/").toString();
    }

    /**
     * The settings that point Postwise at this server: its model, a short first-token timeout and overall timeout
     * for tests, one retry.
     */
    public Map<String, String> env() {
        var env = new HashMap<String, String>();
        env.put("POSTWISE_MODEL", MODEL);
        env.put("POSTWISE_MODEL_PROVIDER", shape == Shape.OPENAI ? "openai" : "ollama");
        env.put("POSTWISE_MODEL_BASE_URL", baseUrl());
        env.put("POSTWISE_MODEL_API_KEY", "test-key");
        env.put("POSTWISE_MODEL_FIRST_TOKEN_TIMEOUT", "PT3S");
        env.put("POSTWISE_MODEL_TIMEOUT", "PT10S");
        env.put("POSTWISE_MODEL_RETRIES", "1");
        return env;
    }

    /** The next request gets {@code text}, streamed in pieces of a few characters. */
    public void answer(String text) {
        queued.add(streamed(pieces(text)));
    }

    /** Every request without a queued reply gets {@code text}, streamed. */
    public void answerAlways(String text) {
        always = streamed(pieces(text));
    }

    /** The next request gets HTTP {@code code} with an error body. */
    public void status(int code) {
        queued.add(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"fake failure " + code + "\"}}").build());
    }

    /** The next request gets a successful reply whose body is not the JSON expected. */
    public void malformed() {
        String body = shape == Shape.OPENAI ? "data: {\"choices\": [{\"delta\": {\"content\": \"Hel\n\ndata: [DONE]\n\n"
                : "{\"message\": {\"content\": \"Hel\n";
        queued.add(new MockResponse.Builder().setHeader("Content-Type", contentType()).body(body).build());
    }

    /** The next request is answered only after {@code seconds}: far too late. */
    public void slow(long seconds) {
        queued.add(new MockResponse.Builder().headersDelay(seconds, TimeUnit.SECONDS)
                .setHeader("Content-Type", contentType()).body(stream(pieces("WHAT THE MATERIAL SAYS\n- Late. [1]\n")))
                .build());
    }

    /**
     * The next request gets {@code first} at once, then waits until {@code gate} opens, then gets {@code rest}:
     * a test sees what was shown of the first part before the rest arrives.
     */
    public void answerInTwoParts(String first, CountDownLatch gate, String rest) {
        String head = stream(pieces(first), false);
        String tail = stream(pieces(rest), true);
        // a body of unknown length ends when the connection closes
        queued.add(new MockResponse.Builder().setHeader("Content-Type", contentType())
                .onResponseEnd(new SocketEffect.CloseSocket())
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return -1;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        sink.writeUtf8(head);
                        sink.flush();
                        try {
                            gate.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        sink.writeUtf8(tail);
                        sink.flush();
                    }
                }).build());
    }

    /** How many requests arrived. */
    public int requestCount() {
        return bodies.size();
    }

    /** The bodies of the requests, in order. */
    public List<String> requestBodies() {
        return List.copyOf(bodies);
    }

    private String contentType() {
        return shape == Shape.OPENAI ? "text/event-stream" : "application/x-ndjson";
    }

    private MockResponse streamed(List<String> pieces) {
        return new MockResponse.Builder().setHeader("Content-Type", contentType()).body(stream(pieces)).build();
    }

    /** Pieces of about four characters, as a model streams tokens. */
    private static List<String> pieces(String text) {
        var out = new ArrayList<String>();
        for (int i = 0; i < text.length(); i += 4) {
            out.add(text.substring(i, Math.min(text.length(), i + 4)));
        }
        return out;
    }

    private String stream(List<String> pieces) {
        return stream(pieces, true);
    }

    /** The pieces as the server would stream them, with the end of the stream when {@code end}. */
    private String stream(List<String> pieces, boolean end) {
        var out = new StringBuilder();
        for (String piece : pieces) {
            out.append(event(piece, false));
        }
        if (end) {
            out.append(event("", true));
            if (shape == Shape.OPENAI) {
                out.append("data: [DONE]\n\n");
            }
        }
        return out.toString();
    }

    private String event(String content, boolean done) {
        try {
            if (shape == Shape.OPENAI) {
                ObjectNode chunk = json.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                        .put("created", 1).put("model", MODEL);
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
                if (done) {
                    choice.putObject("delta");
                    choice.put("finish_reason", "stop");
                } else {
                    choice.putObject("delta").put("role", "assistant").put("content", content);
                    choice.putNull("finish_reason");
                }
                return "data: " + json.writeValueAsString(chunk) + "\n\n";
            }
            ObjectNode line = json.createObjectNode().put("model", MODEL).put("created_at", "2025-03-03T09:00:00Z");
            line.putObject("message").put("role", "assistant").put("content", content);
            line.put("done", done);
            if (done) {
                line.put("done_reason", "stop");
            }
            return json.writeValueAsString(line) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
