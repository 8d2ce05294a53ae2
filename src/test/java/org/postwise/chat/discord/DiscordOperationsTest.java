package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.Postwise;
import org.postwise.config.DiscordConfig;
import org.postwise.config.HttpConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.StorageConfig;
import org.postwise.config.TipsConfig;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.retrieval.SharedModel;
import org.postwise.storage.Database;

/**
 * The bot as it is operated: the real JDA client built by the composition root against a {@link FakeDiscord} on
 * loopback, with an H2 file database that outlives a restart, and the health and metrics endpoint read over HTTP.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordOperationsTest {

    private static final String TOKEN = "fake-token-for-operations";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String QUESTION = "Can I accept a friend request from a patient?";

    @TempDir
    static Path embeddings;
    @TempDir
    Path database;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Postwise> started = new ArrayList<>();
    private final List<FakeDiscord> fakes = new ArrayList<>();

    /** The bots first, so none sees its Discord go away and tries to reconnect. */
    @AfterEach
    void closeAll() throws IOException {
        started.forEach(Postwise::close);
        for (FakeDiscord fake : fakes) {
            fake.close();
        }
    }

    private String dbUrl() {
        return "jdbc:h2:file:" + database.resolve("postwise") + ";AUTO_SERVER=TRUE";
    }

    private Postwise postwise() {
        var postwise = Postwise.start(PostwiseConfig.from(Map.of("POSTWISE_DATA_DIR", embeddings.toString(),
                "POSTWISE_DB_URL", dbUrl()), Path.of("")), SharedModel.get(), Clock.systemUTC());
        started.add(postwise);
        return postwise;
    }

    private FakeDiscord discord() throws IOException {
        var discord = new FakeDiscord(TOKEN);
        fakes.add(discord);
        return discord;
    }

    private static DiscordBot bot(Postwise postwise, FakeDiscord discord, HttpConfig endpoint) {
        var env = new HashMap<String, String>();
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("DISCORD_GUILD_ID", Long.toUnsignedString(FakeDiscord.GUILD_ID));
        env.put("DISCORD_API_URL", discord.apiUrl());
        env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        return postwise.discordBot(DiscordConfig.from(env), TipsConfig.defaults(), endpoint,
                Executors.newSingleThreadScheduledExecutor());
    }

    private HttpResponse<String> get(Postwise postwise, String path) throws IOException, InterruptedException {
        int port = postwise.httpPort().orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String answerIdOf(FakeDiscord discord, long interaction) throws InterruptedException {
        JsonNode body = discord.parse(discord.awaitRequest(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APP_ID
                + "/itoken-" + interaction + "/messages/@original"), WAIT, "the answer").body());
        String up = body.path("components").get(0).path("components").get(0).path("custom_id").asText();
        assertThat(up).startsWith("pw:fb:up:");
        return up.substring("pw:fb:up:".length());
    }

    @Test
    void after_a_restart_the_buttons_under_an_earlier_answer_still_work() throws Exception {
        // given an answer given by a bot that was then stopped
        var first = postwise();
        var firstDiscord = discord();
        bot(first, firstDiscord, HttpConfig.off()).start();
        String answerId = answerIdOf(firstDiscord,
                firstDiscord.slashCommand("ask", firstDiscord.stringOption("question", QUESTION)));
        first.close();

        // when a new process starts on the same database and the buttons are clicked
        var second = postwise();
        var discord = discord();
        bot(second, discord, HttpConfig.off()).start();
        long passages = discord.buttonClick("pw:src:" + answerId);
        long helpful = discord.buttonClick("pw:fb:up:" + answerId);

        // then the passages are shown, and the vote is recorded with the question
        var shown = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + passages + "/messages/@original"), WAIT,
                "the passages");
        assertThat(discord.parse(shown.body()).path("embeds").get(0).path("description").asText())
                .contains("> ").doesNotContain(ButtonHandler.EXPIRED);
        discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + helpful + "/messages/@original"), WAIT, "the thanks");
        try (var db = Database.open(new StorageConfig(dbUrl(), "", ""))) {
            var vote = new JdbcFeedbackStore(db).find(answerId, Long.toUnsignedString(FakeDiscord.USER_ID));
            assertThat(vote).hasValueSatisfying(v -> assertThat(v.question()).isEqualTo(QUESTION));
        }
    }

    @Test
    void readiness_waits_for_the_gateway_and_the_metrics_show_discord() throws Exception {
        // given a bot built with its endpoint, not yet connected
        var postwise = postwise();
        var discord = discord();
        var bot = bot(postwise, discord, new HttpConfig("127.0.0.1", Optional.of(0)));
        var before = get(postwise, "/readyz");

        // when it connects and answers a question
        bot.start();
        answerIdOf(discord, discord.slashCommand("ask", discord.stringOption("question", QUESTION)));
        var after = get(postwise, "/readyz");
        var metrics = get(postwise, "/metrics").body();

        // then
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(before.body()).contains("index: ok", "database: ok", "discord: not ready");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("discord: ok");
        assertThat(metrics).containsPattern("postwise_discord_gateway_connected 1")
                .containsPattern("postwise_discord_gateway_status\\{status=\"connected\"} 1")
                .containsPattern("postwise_discord_rest_requests_total\\{result=\"ok\"} [1-9]")
                .containsPattern("postwise_answers_seconds_count\\{flag=\"none\",outcome=\"answered\"} 1");
    }
}
