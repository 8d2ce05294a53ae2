package org.postwise.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health and metrics endpoint, on the JDK's own HTTP server ({@code com.sun.net.httpserver}): three GET
 * routes a probe or Prometheus reads every few seconds need no framework, and it adds nothing to the jar or the
 * heap. Answers, all in plain text:
 *
 * <ul>
 *   <li>{@code /healthz}: 200 {@code ok} while the process serves requests (liveness);</li>
 *   <li>{@code /readyz}: 200 when every {@link ReadinessCheck} passes, else 503; one line per check either way;</li>
 *   <li>{@code /metrics}: the registry in Prometheus's text format (version 0.0.4);</li>
 *   <li>anything else: 404; a method other than GET or HEAD: 405.</li>
 * </ul>
 *
 * Requests are served on {@code executor}, which {@link #close} shuts down.
 */
public final class OpsHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsHttpServer.class);
    static final String TEXT = "text/plain; charset=utf-8";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code host}:{@code port} ({@code 0}: a free port, see {@link #port()}) and serves at once.
     *
     * @throws IOException when the address cannot be bound (the port is taken, say)
     */
    public static OpsHttpServer start(String host, int port, PrometheusMeterRegistry metrics,
                                      List<ReadinessCheck> checks, ExecutorService executor) throws IOException {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(metrics, "metrics");
        List<ReadinessCheck> readiness = List.copyOf(checks);
        Objects.requireNonNull(executor, "executor");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/", exchange -> serve(exchange, metrics, readiness));
        server.setExecutor(executor);
        server.start();
        var started = new OpsHttpServer(server, executor);
        log.info("health and metrics on http://{}:{}/ (/healthz, /readyz, /metrics)", host, started.port());
        return started;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, PrometheusMeterRegistry metrics, List<ReadinessCheck> checks)
            throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, TEXT, "method not allowed\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/healthz" -> send(exchange, 200, TEXT, "ok\n");
                case "/readyz" -> ready(exchange, checks);
                case "/metrics" -> send(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
                default -> send(exchange, 404, TEXT, "not found: try /healthz, /readyz or /metrics\n");
            }
        } catch (RuntimeException e) {
            log.warn("health endpoint failed on {}: {}", exchange.getRequestURI().getPath(), e.toString());
            throw e;
        }
    }

    private static void ready(HttpExchange exchange, List<ReadinessCheck> checks) throws IOException {
        var body = new StringBuilder();
        boolean all = true;
        for (ReadinessCheck check : checks) {
            boolean passes = check.passes();
            all &= passes;
            body.append(check.name()).append(": ").append(passes ? "ok" : "not ready").append('\n');
        }
        send(exchange, all ? 200 : 503, TEXT, (all ? "ready\n" : "not ready\n") + body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops listening at once and shuts the executor down. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
