package org.postwise.answer.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.postwise.config.ModelConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A langchain4j streaming chat model (OpenAI-compatible or Ollama) held to time limits: the first words must come
 * within the first-token timeout and the whole text within the overall timeout, or the call ends at once with a
 * {@link ModelUnavailableException}; the request left behind is cancelled as soon as the model sends anything
 * more. A refused or failed call (HTTP 429, 5xx, a dropped connection) is tried again, a bounded number of times,
 * after a short pause, only while nothing was received and time remains. Timers run on the given scheduler; no
 * thread sleeps.
 */
public final class StreamingLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(StreamingLanguageModel.class);

    /** Pause before a retry, times the attempt number. */
    static final Duration RETRY_PAUSE = Duration.ofMillis(200);
    /** Longest answer asked of the model, in tokens: two short lists. */
    private static final int MAX_OUTPUT_TOKENS = 800;
    /** Low, so the model keeps close to the passages. */
    private static final double TEMPERATURE = 0.2;

    private final String name;
    private final StreamingChatModel model;
    private final Duration firstTokenTimeout;
    private final Duration timeout;
    private final int retries;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;

    /**
     * @param timer    runs the timeouts and the pauses before retries
     * @param nanoTime a monotonic clock for the deadline ({@link System#nanoTime} outside tests)
     */
    public StreamingLanguageModel(String name, StreamingChatModel model, Duration firstTokenTimeout, Duration timeout,
                                  int retries, ScheduledExecutorService timer, LongSupplier nanoTime) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = Objects.requireNonNull(model, "model");
        this.firstTokenTimeout = Objects.requireNonNull(firstTokenTimeout, "firstTokenTimeout");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0 but was " + retries);
        }
        this.retries = retries;
        this.timer = Objects.requireNonNull(timer, "timer");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * The model {@code config} names, over langchain4j's OpenAI or Ollama client.
     *
     * @param http runs the HTTP client's work (reading the stream); daemon threads, so a stalled stream never
     *             keeps the process alive
     */
    public static StreamingLanguageModel connect(ModelConfig config, ScheduledExecutorService timer, Executor http) {
        Objects.requireNonNull(config, "config");
        var httpClient = JdkHttpClient.builder()
                .httpClientBuilder(HttpClient.newBuilder().executor(http).version(HttpClient.Version.HTTP_1_1));
        // the client's own timeouts only clean up: the limits that matter are enforced here
        Duration clientTimeout = config.timeout().plusSeconds(5);
        StreamingChatModel model = switch (config.provider()) {
            case OPENAI -> OpenAiStreamingChatModel.builder()
                    .httpClientBuilder(httpClient)
                    .baseUrl(config.baseUrl().toString())
                    .apiKey(config.apiKey().isEmpty() ? "none" : config.apiKey())
                    .modelName(config.model())
                    .temperature(TEMPERATURE)
                    .maxTokens(MAX_OUTPUT_TOKENS)
                    .timeout(clientTimeout)
                    .build();
            case OLLAMA -> OllamaStreamingChatModel.builder()
                    .httpClientBuilder(httpClient)
                    .baseUrl(config.baseUrl().toString())
                    .modelName(config.model())
                    .temperature(TEMPERATURE)
                    .numPredict(MAX_OUTPUT_TOKENS)
                    .timeout(clientTimeout)
                    .build();
        };
        return new StreamingLanguageModel(config.model(), model, config.firstTokenTimeout(), config.timeout(),
                config.retries(), timer, System::nanoTime);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String complete(Prompt prompt, Consumer<String> soFar) throws ModelUnavailableException {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(soFar, "soFar");
        long deadline = nanoTime.getAsLong() + timeout.toNanos();
        for (int attempt = 0; ; attempt++) {
            var call = new Call(soFar);
            try {
                return call.run(prompt, deadline);
            } catch (ModelUnavailableException e) {
                long pause = RETRY_PAUSE.toNanos() * (attempt + 1);
                if (attempt >= retries || !e.retryable() || call.received()
                        || nanoTime.getAsLong() + pause >= deadline) {
                    throw e;
                }
                log.debug("model {}: attempt {} failed ({}), trying again", name, attempt + 1, e.getMessage());
                pause(pause);
            }
        }
    }

    /** Waits on the timer, not in a sleep, so the pause is as long as the timer says. */
    private void pause(long nanos) throws ModelUnavailableException {
        try {
            timer.schedule(() -> null, nanos, TimeUnit.NANOSECONDS).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException(ModelUnavailableException.Reason.FAILED, "interrupted");
        } catch (ExecutionException e) {
            throw new ModelUnavailableException(ModelUnavailableException.Reason.FAILED, "the retry timer failed");
        }
    }

    /** One streamed request: its text so far and how it ended (the first of completion, failure or timeout). */
    private final class Call implements StreamingChatResponseHandler {

        private final Consumer<String> soFar;
        private final CompletableFuture<String> outcome = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private volatile boolean received;
        private volatile ScheduledFuture<?> firstToken;

        Call(Consumer<String> soFar) {
            this.soFar = soFar;
        }

        boolean received() {
            return received;
        }

        String run(Prompt prompt, long deadline) throws ModelUnavailableException {
            long remaining = deadline - nanoTime.getAsLong();
            if (remaining <= 0) {
                throw new ModelUnavailableException(ModelUnavailableException.Reason.TIMEOUT,
                        "no time left for the model");
            }
            var request = ChatRequest.builder()
                    .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                    .build();
            firstToken = timer.schedule(() -> fail(new ModelUnavailableException(
                    ModelUnavailableException.Reason.NO_FIRST_TOKEN, "no words within " + firstTokenTimeout)),
                    Math.min(firstTokenTimeout.toNanos(), remaining), TimeUnit.NANOSECONDS);
            ScheduledFuture<?> overall = timer.schedule(() -> fail(new ModelUnavailableException(
                    ModelUnavailableException.Reason.TIMEOUT, "no complete answer within " + timeout)),
                    remaining, TimeUnit.NANOSECONDS);
            try {
                model.chat(request, this);
                return outcome.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException(ModelUnavailableException.Reason.FAILED, "interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ModelUnavailableException unavailable) {
                    throw unavailable;
                }
                throw unavailable(e.getCause());
            } catch (RuntimeException e) {
                throw unavailable(e); // the client refused the request before sending it
            } finally {
                firstToken.cancel(false);
                overall.cancel(false);
            }
        }

        private void fail(Throwable t) {
            outcome.completeExceptionally(t);
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            String all;
            synchronized (text) {
                if (outcome.isDone()) {
                    context.streamingHandle().cancel(); // timed out or failed: stop the stream
                    return;
                }
                received = true;
                firstToken.cancel(false);
                text.append(partial.text());
                all = text.toString();
            }
            try {
                soFar.accept(all);
            } catch (RuntimeException e) {
                log.warn("model {}: showing a draft failed: {}", name, e.getClass().getSimpleName());
            }
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            // the variant with a context is the one called
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            String all;
            synchronized (text) {
                all = text.toString();
            }
            if (all.isEmpty() && response != null && response.aiMessage() != null
                    && response.aiMessage().text() != null) {
                all = response.aiMessage().text(); // a server that answered in one piece
            }
            outcome.complete(all);
        }

        @Override
        public void onError(Throwable error) {
            fail(unavailable(error));
        }
    }

    /** What a client failure means, in fixed words (an endpoint's error text may quote the prompt). */
    static ModelUnavailableException unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelUnavailableException e) {
                return e;
            }
            if (t instanceof RateLimitException) {
                return new ModelUnavailableException(ModelUnavailableException.Reason.RATE_LIMITED,
                        "the endpoint answered HTTP 429 (too many requests)");
            }
            if (t instanceof HttpException http) {
                return new ModelUnavailableException(http.statusCode() == 429
                        ? ModelUnavailableException.Reason.RATE_LIMITED : ModelUnavailableException.Reason.FAILED,
                        "the endpoint answered HTTP " + http.statusCode());
            }
            if (t instanceof JsonProcessingException) {
                return new ModelUnavailableException(ModelUnavailableException.Reason.MALFORMED,
                        "the endpoint's reply is not the JSON expected");
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException) {
                return new ModelUnavailableException(ModelUnavailableException.Reason.TIMEOUT,
                        "the endpoint's HTTP client timed out");
            }
        }
        return new ModelUnavailableException(ModelUnavailableException.Reason.FAILED,
                "the call failed (" + (error == null ? "unknown" : error.getClass().getSimpleName()) + ")");
    }
}
