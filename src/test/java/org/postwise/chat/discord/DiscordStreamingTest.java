package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.Postwise;
import org.postwise.config.DiscordConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.TipsConfig;
import org.postwise.retrieval.SharedModel;
import org.postwise.testing.EmbeddingCache;
import org.postwise.testing.FakeModelServer;

/**
 * With a language model configured, answers on Discord stream: the real JDA client against {@link FakeDiscord}, the
 * real core over the shipped knowledge base, and an OpenAI-compatible {@link FakeModelServer} that sends the first
 * part of its answer, then waits for the test to have seen the draft before sending the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordStreamingTest {

    private static final String TOKEN = "fake-token-for-streaming";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FIRST = """
            WHAT THE MATERIAL SAYS
            - Professional bodies advise against friending patients on personal accounts, says @everyone at http://evil.example/x [1].
            """;
    private static final String REST = """
            - Mixing personal and professional contact online blurs boundaries [2].
            WHAT TO DO
            - Decline the request politely and keep the relationship professional [1].
            """;

    private FakeModelServer model;
    private FakeDiscord discord;
    private DiscordBot bot;

    @BeforeAll
    void start_the_bot_with_a_model(@TempDir Path data) throws IOException {
        model = new FakeModelServer(FakeModelServer.Shape.OPENAI);
        var env = new HashMap<>(model.env());
        env.put("POSTWISE_DATA_DIR", data.toString());
        env.put("POSTWISE_DB_URL", "jdbc:h2:mem:streaming-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EmbeddingCache.seed(data);
        Postwise postwise = Postwise.start(PostwiseConfig.from(env, Path.of("")), SharedModel.get(),
                Clock.systemUTC());
        EmbeddingCache.keep(data);
        discord = new FakeDiscord(TOKEN);
        var settings = new HashMap<String, String>();
        settings.put("DISCORD_TOKEN", TOKEN);
        settings.put("DISCORD_GUILD_ID", Long.toUnsignedString(FakeDiscord.GUILD_ID));
        settings.put("DISCORD_API_URL", discord.apiUrl());
        settings.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        bot = postwise.discordBot(DiscordConfig.from(settings), TipsConfig.defaults(),
                Executors.newSingleThreadScheduledExecutor());
        bot.start();
    }

    @AfterAll
    void stop() throws IOException {
        bot.close();
        discord.close();
        model.close();
    }

    @Test
    void slash_ask_edits_the_deferred_reply_as_the_model_writes_and_the_last_edit_is_the_checked_answer()
            throws InterruptedException {
        // given
        var gate = new CountDownLatch(1);
        model.answerInTwoParts(FIRST, gate, REST);

        // when
        long id = discord.slashCommand("ask", discord.stringOption("question",
                "Can I accept a friend request from a patient?"));

        // then a draft of the first sentence, neutralised, while the model is still writing
        String original = "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + id + "/messages/@original";
        var draft = discord.awaitRequest(r -> r.is("PATCH", original), WAIT, "the first draft");
        JsonNode draftBody = discord.parse(draft.body());
        assertThat(description(draftBody)).contains("**What the material says**",
                "- Professional bodies advise against friending patients on personal accounts, says everyone at "
                        + "(link removed). [1]", "**What to do**\n…")
                .doesNotContain("Mixing personal", "Decline the request");
        assertThat(draftBody.path("embeds").get(0).path("footer").path("text").asText())
                .isEqualTo(AnswerLayout.WRITING);
        assertThat(draftBody.path("components")).as("no buttons on a draft").isEmpty();

        // when the model writes the rest
        int mark = discord.requestMark();
        gate.countDown();

        // then the final edit: the whole checked answer with its buttons
        var last = discord.awaitRequest(mark, r -> r.is("PATCH", original)
                && !discord.parse(r.body()).path("components").isEmpty(), WAIT, "the final answer");
        assertThat(description(discord.parse(last.body()))).contains("Mixing personal and professional contact",
                "- Decline the request politely and keep the relationship professional.", "**Sources**")
                .doesNotContain("…");
        assertNothingSentPingsOrLeaks(original);
    }

    @Test
    void a_mention_posts_the_draft_in_a_new_thread_and_edits_it_into_the_answer() throws InterruptedException {
        // given
        var gate = new CountDownLatch(1);
        model.answerInTwoParts(FIRST, gate, REST);
        int mark = discord.requestMark();

        // when
        long messageId = discord.guildMessage(FakeDiscord.CHANNEL_ID,
                "<@" + FakeDiscord.BOT_ID + "> Can I friend a patient on Facebook?", true);

        // then a thread under the mention, holding the draft
        discord.awaitRequest(mark, r -> r.is("POST", "/messages/" + messageId + "/threads"), WAIT, "the thread");
        var draft = discord.awaitRequest(mark, r -> r.method().equals("POST")
                && r.path().matches("/api/v10/channels/\\d+/messages") && r.body().contains(AnswerLayout.WRITING),
                WAIT, "the draft in the thread");
        String thread = draft.path().split("/")[4];
        assertThat(description(discord.parse(draft.body()))).contains("Professional bodies advise against")
                .doesNotContain("Decline the request");

        // when the model writes the rest, then the draft message is edited into the answer with its buttons
        gate.countDown();
        var answer = discord.awaitRequest(mark, r -> r.is("PATCH", "/channels/" + thread + "/messages/")
                && !discord.parse(r.body()).path("components").isEmpty(), WAIT, "the answer edited in");
        assertThat(description(discord.parse(answer.body()))).contains("Decline the request politely",
                "**Sources**");
        assertNothingSentPingsOrLeaks("/channels/" + thread + "/messages");
    }

    private static String description(JsonNode message) {
        return message.path("embeds").get(0).path("description").asText();
    }

    /** Every message sent or edited at {@code path}: no mention allowed, none spelled out, no unknown link. */
    private void assertNothingSentPingsOrLeaks(String path) {
        List<FakeDiscord.Request> sent = discord.requests().stream().filter(r -> r.path().contains(path)).toList();
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
            assertThat(r.body()).doesNotContain("@everyone", "evil.example");
            assertThat(discord.parse(r.body()).path("allowed_mentions").path("parse")).isEmpty();
        });
    }
}
