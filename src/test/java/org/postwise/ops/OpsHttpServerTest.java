package org.postwise.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.safety.QuestionGuard;

/** The real endpoint on a free loopback port, read with the JDK's HTTP client. */
class OpsHttpServerTest {

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private OpsHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start() throws IOException {
        server = OpsHttpServer.start("127.0.0.1", 0, meters, List.of(new ReadinessCheck("index", () -> true),
                new ReadinessCheck("database", databaseUp::get)), Executors.newSingleThreadExecutor());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void healthz_says_ok_while_the_process_serves() throws Exception {
        // given
        start();

        // when
        var response = get("/healthz");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");
    }

    @Test
    void readyz_is_ready_when_every_check_passes_and_lists_them() throws Exception {
        // given
        start();

        // when
        var response = get("/readyz");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ready\nindex: ok\ndatabase: ok\n");
    }

    @Test
    void readyz_is_503_and_names_the_failing_check_when_one_fails() throws Exception {
        // given
        start();
        databaseUp.set(false);

        // when
        var response = get("/readyz");

        // then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("not ready", "index: ok", "database: not ready");
    }

    @Test
    void a_check_that_throws_counts_as_not_ready() throws Exception {
        // given
        server = OpsHttpServer.start("127.0.0.1", 0, meters, List.of(new ReadinessCheck("discord", () -> {
            throw new IllegalStateException("no client");
        })), Executors.newSingleThreadExecutor());

        // when
        var response = get("/readyz");

        // then
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("discord: not ready");
    }

    @Test
    void metrics_are_in_prometheus_text_format_with_answers_by_outcome_and_flag() throws Exception {
        // given answers counted by the metered service
        start();
        var answers = new MeteredAnswerService((question, drafts) -> question.text().contains("DOB")
                ? new Answer("p1", false, "warning", List.of(), Set.of(QuestionGuard.PHI), "")
                : new Answer("a1", true, "answer", List.of(), Set.of(), "v1"), meters);
        answers.answer("Can I blog?");
        answers.answer("Can I blog about rounds?");
        answers.answer("Patient DOB 1/2/1950");

        // when
        var response = get("/metrics");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsHttpServer.PROMETHEUS_TEXT);
        assertThat(response.body())
                .containsPattern("postwise_answers_seconds_count\\{flag=\"none\",outcome=\"answered\"} 2")
                .containsPattern("postwise_answers_seconds_count\\{flag=\"phi\",outcome=\"refused\"} 1")
                .containsPattern("postwise_answers_seconds_bucket\\{flag=\"none\",outcome=\"answered\",le=\"0.005\"}");
    }

    @Test
    void metrics_show_a_caches_hits_and_misses() throws Exception {
        // given a cache that recorded one hit and one miss
        start();
        com.github.benmanes.caffeine.cache.Cache<String, String> cache =
                com.github.benmanes.caffeine.cache.Caffeine.newBuilder().recordStats().build();
        CacheMeters.register(meters, "answers", cache, c -> c.stats());
        cache.put("k", "v");
        cache.getIfPresent("k");
        cache.getIfPresent("other");

        // when
        var body = get("/metrics").body();

        // then
        assertThat(body).containsPattern("cache_gets_total\\{cache=\"answers\",result=\"hit\"} 1")
                .containsPattern("cache_gets_total\\{cache=\"answers\",result=\"miss\"} 1")
                .containsPattern("cache_hit_ratio\\{cache=\"answers\"} 0.5");
    }

    @Test
    void an_unknown_path_is_404_and_another_method_is_405() throws Exception {
        // given
        start();

        // when
        var missing = get("/admin");
        var posted = send(HttpRequest.newBuilder(uri("/metrics")).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build());

        // then
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void closing_stops_listening() throws Exception {
        // given
        start();
        var address = uri("/healthz");

        // when
        server.close();

        // then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        server = null;
    }
}
