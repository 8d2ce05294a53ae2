package org.postwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.answer.safety.CompositeQuestionGuard;
import org.postwise.config.HttpConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.TipsConfig;
import org.postwise.retrieval.SharedModel;

/**
 * The console chat as an operator runs it, over the shipped knowledge base and a real H2 file database: what
 * {@code /stats} keeps of a session, and the health and metrics endpoint on a free port, read over HTTP.
 */
class ConsoleOperationsTest {

    /**
     * Out-of-scope questions (so {@code /stats} lists them as gaps) with a name and a number or date each, worded so
     * the patient-identifier guard does not flag them: the redactor is what keeps them out of the database.
     */
    private static final List<String> MISSED = List.of(
            "Can Oliver Brandt 55102938 get a flu shot at the staff clinic?",
            "How much does parking cost for Helen Garcia, case 889213?",
            "What is the best lasagna recipe for Jonathan Young on 5 March?",
            "Which bus goes to the hospital for Amanda Pierce 77123?");
    private static final List<String> IDENTIFIERS = List.of("Oliver", "Brandt", "55102938", "Helen", "Garcia",
            "889213", "Jonathan", "Young", "5 March", "Amanda", "Pierce", "77123");

    @TempDir
    static Path data;
    @TempDir
    Path database;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Postwise postwise;

    @AfterEach
    void close() {
        postwise.close();
    }

    private void start() {
        postwise = Postwise.start(PostwiseConfig.from(Map.of("POSTWISE_DATA_DIR", data.toString(),
                "POSTWISE_DB_URL", "jdbc:h2:file:" + database.resolve("postwise") + ";AUTO_SERVER=TRUE"), Path.of("")),
                SharedModel.get(), Clock.systemUTC());
    }

    private String chat(HttpConfig endpoint, String input) throws Exception {
        postwise.consoleChat(TipsConfig.defaults(), endpoint, new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run();
        return out.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        int port = postwise.httpPort().orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void stats_after_a_session_show_no_identifier_the_guard_missed_and_the_database_holds_none() throws Exception {
        // given questions the guard indeed misses, and the material does not cover
        start();
        var guard = CompositeQuestionGuard.standard();
        assertThat(MISSED).allSatisfy(q -> assertThat(guard.inspect(q).isClean())
                .as("the guard misses: %s", q).isTrue());

        // when they are asked at the console, twice each, and an admin reads the statistics
        String session = String.join("\n", MISSED) + "\n" + String.join("\n", MISSED) + "\n/stats\n/quit\n";
        String shown = chat(HttpConfig.off(), session);
        String stats = shown.substring(shown.lastIndexOf("Since "));

        // then the gaps are there, by topic, with placeholders where the particulars were
        assertThat(stats).contains("8 questions", "[name]", "[number]", "(2×)").doesNotContain(IDENTIFIERS);
        postwise.close();
        assertThat(storedQuestions()).hasSize(8).allSatisfy(q -> assertThat(q).doesNotContain(IDENTIFIERS));
    }

    private List<String> storedQuestions() throws Exception {
        var texts = new ArrayList<String>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + database.resolve("postwise"));
             var rs = c.createStatement().executeQuery("SELECT question FROM questions")) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }

    @Test
    void health_and_readiness_answer_over_http_while_the_console_runs() throws Exception {
        // given
        start();
        chat(new HttpConfig("127.0.0.1", Optional.of(0)), "/quit\n");

        // when
        var health = get("/healthz");
        var ready = get("/readyz");

        // then
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\nindex: ok\ndatabase: ok\n");
    }

    @Test
    void metrics_count_the_sessions_answers_reloads_caches_usage_and_tip_slots() throws Exception {
        // given a session: an answer, the same again in a new conversation (cached), a pasted patient detail, a
        // reload, a tip posted
        start();
        chat(new HttpConfig("127.0.0.1", Optional.of(0)), """
                Can I accept a friend request from a patient?
                /new
                Can I accept a friend request from a patient?
                My patient John Smith, DOB 03/14/1962, sent me a friend request. Can I accept it?
                /reload
                /tips post
                /stats
                /quit
                """);

        // when
        var metrics = get("/metrics");

        // then
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("postwise_answers_seconds_count\\{flag=\"none\",outcome=\"answered\"} 2")
                .containsPattern("postwise_answers_seconds_count\\{flag=\"phi\",outcome=\"answered\"} 1")
                .containsPattern("cache_gets_total\\{cache=\"answers\",result=\"hit\"} 1")
                .containsPattern("cache_gets_total\\{cache=\"query-embeddings\",result=\"miss\"} [1-9]")
                .containsPattern("postwise_reloads_total\\{result=\"ok\"} 1")
                .containsPattern("postwise_tip_slots\\{state=\"posted\"} 1")
                .containsPattern("postwise_usage_rows_total\\{result=\"written\"} 3")
                .containsPattern("postwise_usage_rows_total\\{result=\"lost_database\"} 0")
                .containsPattern("hikaricp_connections_max\\{pool=\"postwise-db\"} 4")
                .containsPattern("jvm_memory_used_bytes")
                .doesNotContain("John", "03/14/1962");
    }
}
