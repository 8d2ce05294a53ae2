package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional language model that writes answers from the retrieved passages. Absent (the embedded default)
 * unless {@code POSTWISE_MODEL} names a model.
 *
 * @param provider          how to talk to it: an OpenAI-compatible endpoint (OpenAI, vLLM, llama.cpp's server,
 *                          LM Studio...) or Ollama
 * @param baseUrl           the endpoint: an OpenAI-compatible base URL ending before {@code /chat/completions}, or
 *                          Ollama's URL
 * @param model             the model's name as the endpoint knows it; answers it wrote carry it as
 *                          {@code generated_by}
 * @param apiKey            the key sent to an OpenAI-compatible endpoint, or {@code ""}; never printed, see
 *                          {@link #toString()}
 * @param firstTokenTimeout how long to wait for the first words of an answer before giving the extractive one
 * @param timeout           the longest an answer may take altogether, retries included
 * @param retries           further attempts after a failure before anything was received (0 to 3)
 * @param breakerWait       how long a model that keeps failing is left alone before it is probed again
 */
public record ModelConfig(Provider provider, URI baseUrl, String model, String apiKey, Duration firstTokenTimeout,
                          Duration timeout, int retries, Duration breakerWait) {

    /** How Postwise talks to the model. */
    public enum Provider {
        /** Any server that speaks OpenAI's chat-completions API. */
        OPENAI,
        /** Ollama's own API. */
        OLLAMA
    }

    public static final URI DEFAULT_OPENAI_URL = URI.create("https://api.openai.com/v1");
    public static final URI DEFAULT_OLLAMA_URL = URI.create("http://localhost:11434");
    public static final Duration DEFAULT_FIRST_TOKEN_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_RETRIES = 1;
    public static final int MAX_RETRIES = 3;
    public static final Duration DEFAULT_BREAKER_WAIT = Duration.ofSeconds(30);

    /** The environment variables of the language model, with what they mean. */
    public static final Map<String, String> VARIABLES;

    static {
        var v = new LinkedHashMap<String, String>();
        v.put("POSTWISE_MODEL", "the language model's name, e.g. gpt-4o-mini or llama3.1:8b (default: none, answers "
                + "are quoted from the material)");
        v.put("POSTWISE_MODEL_PROVIDER", "openai (any OpenAI-compatible endpoint) or ollama (default: openai)");
        v.put("POSTWISE_MODEL_BASE_URL", "the endpoint (default: " + DEFAULT_OPENAI_URL + " for openai, "
                + DEFAULT_OLLAMA_URL + " for ollama)");
        v.put("POSTWISE_MODEL_API_KEY", "key for an OpenAI-compatible endpoint (default: none)");
        v.put("POSTWISE_MODEL_FIRST_TOKEN_TIMEOUT", "longest wait for the model's first words, ISO-8601 (default: "
                + DEFAULT_FIRST_TOKEN_TIMEOUT + ")");
        v.put("POSTWISE_MODEL_TIMEOUT", "longest a model answer may take, retries included, ISO-8601 (default: "
                + DEFAULT_TIMEOUT + ")");
        v.put("POSTWISE_MODEL_RETRIES", "further attempts after a failed call, 0 to " + MAX_RETRIES + " (default: "
                + DEFAULT_RETRIES + ")");
        v.put("POSTWISE_MODEL_BREAKER_WAIT", "how long a failing model is left alone before it is tried again, "
                + "ISO-8601 (default: " + DEFAULT_BREAKER_WAIT + ")");
        VARIABLES = java.util.Collections.unmodifiableMap(v);
    }

    public ModelConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(firstTokenTimeout, "firstTokenTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(breakerWait, "breakerWait");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL but was '" + baseUrl + "'");
        }
        if (!positive(firstTokenTimeout) || !positive(timeout) || !positive(breakerWait)) {
            throw new IllegalArgumentException("timeouts and the breaker's wait must be positive");
        }
        if (firstTokenTimeout.compareTo(timeout) > 0) {
            throw new IllegalArgumentException("the first-token timeout (" + firstTokenTimeout
                    + ") must not be longer than the whole timeout (" + timeout + ")");
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be between 0 and " + MAX_RETRIES + " but was " + retries);
        }
    }

    /**
     * Reads the settings from {@code env}: empty when {@code POSTWISE_MODEL} is not set. Throws
     * {@link ConfigException} naming the variable when a value is malformed; the message never contains the key.
     */
    public static Optional<ModelConfig> from(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        Optional<String> model = get(env, "POSTWISE_MODEL");
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Provider provider = get(env, "POSTWISE_MODEL_PROVIDER").map(ModelConfig::provider).orElse(Provider.OPENAI);
        URI url = get(env, "POSTWISE_MODEL_BASE_URL").map(ModelConfig::url)
                .orElse(provider == Provider.OLLAMA ? DEFAULT_OLLAMA_URL : DEFAULT_OPENAI_URL);
        try {
            return Optional.of(new ModelConfig(provider, url, model.get(), get(env, "POSTWISE_MODEL_API_KEY").orElse(""),
                    duration(env, "POSTWISE_MODEL_FIRST_TOKEN_TIMEOUT", DEFAULT_FIRST_TOKEN_TIMEOUT),
                    duration(env, "POSTWISE_MODEL_TIMEOUT", DEFAULT_TIMEOUT),
                    retries(env), duration(env, "POSTWISE_MODEL_BREAKER_WAIT", DEFAULT_BREAKER_WAIT)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid language model setting: " + e.getMessage());
        }
    }

    /** Names the model without its key. */
    @Override
    public String toString() {
        return "ModelConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "none" : "(set)") + ", firstTokenTimeout=" + firstTokenTimeout + ", timeout="
                + timeout + ", retries=" + retries + ", breakerWait=" + breakerWait + "]";
    }

    private static Provider provider(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "openai", "open-ai", "openai-compatible" -> Provider.OPENAI;
            case "ollama" -> Provider.OLLAMA;
            default -> throw new ConfigException("POSTWISE_MODEL_PROVIDER must be openai or ollama but was '"
                    + raw + "'");
        };
    }

    private static URI url(String raw) {
        try {
            URI uri = new URI(raw);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(raw, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("POSTWISE_MODEL_BASE_URL must be an http(s) URL such as "
                    + DEFAULT_OLLAMA_URL + " but was '" + raw + "'");
        }
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        var raw = get(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(raw.get());
            if (!positive(d)) {
                throw new ConfigException(name + " must be positive but was '" + raw.get() + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigException(name + " must be an ISO-8601 duration such as PT5S but was '" + raw.get() + "'");
        }
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    private static int retries(Map<String, String> env) {
        var raw = get(env, "POSTWISE_MODEL_RETRIES");
        if (raw.isEmpty()) {
            return DEFAULT_RETRIES;
        }
        try {
            int n = Integer.parseInt(raw.get());
            if (n < 0 || n > MAX_RETRIES) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("POSTWISE_MODEL_RETRIES must be a whole number from 0 to " + MAX_RETRIES
                    + " but was '" + raw.get() + "'");
        }
    }
}
