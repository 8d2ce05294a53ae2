package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the health and metrics endpoint listens ({@code /healthz}, {@code /readyz}, {@code /metrics}).
 *
 * @param host the address to bind: loopback by default, so only this machine can read the metrics
 * @param port the port ({@code 0} picks a free one), or absent for no endpoint
 */
public record HttpConfig(String host, Optional<Integer> port) {

    /** The port of the Discord bot's endpoint when {@code POSTWISE_HTTP_PORT} is not set. */
    public static final int DEFAULT_BOT_PORT = 8081;
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The environment variables of the endpoint, with what they mean; printed by {@code help}. */
    public static final Map<String, String> VARIABLES;

    static {
        var v = new java.util.LinkedHashMap<String, String>();
        v.put("POSTWISE_HTTP_PORT", "port of /healthz, /readyz and /metrics, or off (default: " + DEFAULT_BOT_PORT
                + " for discord, off for chat)");
        v.put("POSTWISE_HTTP_HOST", "address the endpoint listens on (default: " + DEFAULT_HOST
                + ", this machine only)");
        VARIABLES = java.util.Collections.unmodifiableMap(v);
    }

    public HttpConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        port.ifPresent(p -> {
            if (p < 0 || p > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535 but was " + p);
            }
        });
    }

    /**
     * {@code POSTWISE_HTTP_HOST} and {@code POSTWISE_HTTP_PORT} (a port, or {@code off}); {@code defaultPort} when
     * the port is not set.
     */
    public static HttpConfig from(Map<String, String> env, Optional<Integer> defaultPort) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(defaultPort, "defaultPort");
        String host = get(env, "POSTWISE_HTTP_HOST").orElse(DEFAULT_HOST);
        var raw = get(env, "POSTWISE_HTTP_PORT");
        Optional<Integer> port = defaultPort;
        if (raw.isPresent()) {
            String value = raw.get().toLowerCase(Locale.ROOT);
            if (value.equals("off") || value.equals("none")) {
                port = Optional.empty();
            } else {
                try {
                    port = Optional.of(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new ConfigException("POSTWISE_HTTP_PORT must be a port number or 'off' but was '"
                            + raw.get() + "'");
                }
                if (port.get() < 0 || port.get() > 65_535) {
                    throw new ConfigException("POSTWISE_HTTP_PORT must be between 0 and 65535 but was " + port.get());
                }
            }
        }
        return new HttpConfig(host, port);
    }

    /** No endpoint. */
    public static HttpConfig off() {
        return new HttpConfig(DEFAULT_HOST, Optional.empty());
    }
}
