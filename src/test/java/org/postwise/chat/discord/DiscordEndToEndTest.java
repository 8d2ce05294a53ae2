package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.Postwise;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.JdbcAuditLog;
import org.postwise.cli.CommandLineApp;
import org.postwise.config.DiscordConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.StartupException;
import org.postwise.config.StorageConfig;
import org.postwise.config.TipsConfig;
import org.postwise.feedback.Feedback;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.feedback.Vote;
import org.postwise.retrieval.SharedModel;
import org.postwise.storage.Database;
import org.postwise.tips.JdbcTipLedger;
import org.postwise.tips.RenderedTip;
import org.postwise.tips.Slot;
import org.postwise.tips.SlotRecord;
import org.postwise.tips.SlotState;
import org.postwise.tips.Week;
import org.postwise.testing.EmbeddingCache;

/**
 * The real JDA client, built by the composition root as in production, against one {@link FakeDiscord} on
 * loopback, answering from the real core over the project's own knowledge base. Each test is one scenario on the
 * shared connection: it marks where the fake's request log stands and waits only for what comes after.
 *
 * <p>The clock stands at Monday 2025-03-03 09:00 UTC, when the weekly tip is due in the guild's channel, so the
 * bot posts it as it starts. After every scenario, nothing Postwise sent may ping anyone or carry a patient detail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndTest {

    private static final String TOKEN = "fake-token-for-tests";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Instant TIP_DUE = Instant.parse("2025-03-03T09:00:00Z");
    private static final String CHANNEL = Long.toUnsignedString(FakeDiscord.CHANNEL_ID);
    private static final String QUESTION = "Can I accept a friend request from a patient?";
    private static final String PHI = "My patient John Smith, DOB 03/14/1962, MRN 4829173, phone 555-201-7788, "
            + "sent me a friend request. Can I accept it?";
    private static final List<String> PHI_PARTS = List.of("John Smith", "03/14/1962", "4829173", "555-201-7788");
    /** A member who is neither an admin nor on the communications team. */
    private static final long OTHER_USER_ID = 700_000_000_000_000_009L;

    private Path data;
    private final String dbUrl = "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Postwise postwise;
    private FakeDiscord discord;
    private ScheduledExecutorService tipTimer;
    private DiscordBot bot;

    @BeforeAll
    void start_the_bot_against_fake_discord(@TempDir Path data) throws IOException {
        this.data = data;
        EmbeddingCache.seed(data);
        postwise = Postwise.start(PostwiseConfig.from(Map.of("POSTWISE_DATA_DIR", data.toString(),
                "POSTWISE_DB_URL", dbUrl), Path.of("")), SharedModel.get(), Clock.fixed(TIP_DUE, ZoneOffset.UTC));
        EmbeddingCache.keep(data);
        discord = new FakeDiscord(TOKEN);
        var settings = env(discord, TOKEN);
        // the test user is an admin by user id; the communications team is a role
        settings.put("DISCORD_ADMIN_USER_IDS", Long.toUnsignedString(FakeDiscord.USER_ID));
        settings.put("DISCORD_COMMS_ROLE_IDS", Long.toUnsignedString(FakeDiscord.COMMS_ROLE_ID));
        var tips = new TipsConfig(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneOffset.UTC, List.of(CHANNEL),
                Duration.ofHours(6));
        tipTimer = Executors.newSingleThreadScheduledExecutor();
        bot = postwise.discordBot(DiscordConfig.from(settings), tips, tipTimer);
        bot.start();
    }

    @AfterAll
    void stop() throws IOException {
        bot.close();
        discord.close();
    }

    private static Map<String, String> env(FakeDiscord discord, String token) {
        var env = new HashMap<String, String>();
        env.put("DISCORD_TOKEN", token);
        env.put("DISCORD_GUILD_ID", Long.toUnsignedString(FakeDiscord.GUILD_ID));
        env.put("DISCORD_API_URL", discord.apiUrl());
        env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("POSTWISE_RATE_LIMIT_PER_MINUTE", "30");
        return env;
    }

    private Database database() {
        return Database.open(new StorageConfig(dbUrl, "", ""));
    }

    @AfterEach
    void nothing_sent_pings_anyone_or_carries_a_patient_detail() {
        for (var r : discord.requests()) {
            assertThat(r.body()).as("patient details echoed in %s %s", r.method(), r.path())
                    .doesNotContain(PHI_PARTS);
            if (r.body().startsWith("{") && (r.body().contains("\"content\"") || r.body().contains("\"embeds\""))
                    && !r.path().contains("/callback")) {
                JsonNode allowed = discord.parse(r.body()).path("allowed_mentions");
                assertThat(allowed.path("parse")).as("mentions allowed in %s", r.path()).isEmpty();
                assertThat(allowed.path("replied_user").asBoolean(false)).as("a reply pings in %s", r.path())
                        .isFalse();
            }
        }
        assertThat(discord.clientFrames()).allSatisfy(f -> assertThat(f.toString()).doesNotContain(PHI_PARTS));
    }

    @Test
    void logs_in_with_its_token_and_asks_for_no_privileged_intent() throws InterruptedException {
        // when the bot started (before all scenarios)
        var login = discord.awaitRequest(r -> r.is("GET", "/users/@me"), WAIT, "login");
        JsonNode identify = discord.awaitClientFrame(f -> f.path("op").asInt() == 2, WAIT, "IDENTIFY");

        // then
        assertThat(login.authorization()).isEqualTo("Bot " + TOKEN);
        int guilds = 1;
        int guildMessages = 1 << 9;
        int directMessages = 1 << 12; // JDA always asks for GUILDS
        assertThat(identify.path("d").path("intents").asInt())
                .as("no privileged intent (MESSAGE_CONTENT is 1 << 15, GUILD_MEMBERS 1 << 1, GUILD_PRESENCES 1 << 8)")
                .isEqualTo(guilds | guildMessages | directMessages);
    }

    @Test
    void registers_every_slash_command_on_the_guild_with_admin_commands_hidden() throws InterruptedException {
        // when the bot started
        var register = discord.awaitRequest(r -> r.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/guilds/"
                + FakeDiscord.GUILD_ID + "/commands"), WAIT, "command registration on the guild");

        // then
        List<JsonNode> commands = new ArrayList<>();
        discord.parse(register.body()).forEach(commands::add);
        assertThat(commands).extracting(c -> c.path("name").asText())
                .containsExactly("ask", "sources", "help", "tip", "reload", "audit", "stats");
        // admin commands are hidden from members without the Administrator permission ("0")
        assertThat(commands).filteredOn(c -> List.of("reload", "audit", "stats").contains(c.path("name").asText()))
                .allSatisfy(c -> assertThat(c.path("default_member_permissions").asText()).isEqualTo("0"));
        assertThat(commands.get(0).path("options")).extracting(o -> o.path("name").asText())
                .containsExactly("question", "private");
    }

    @Test
    void slash_ask_is_deferred_then_answered_with_citations_and_buttons() throws InterruptedException {
        // when
        long id = discord.slashCommand("ask", discord.stringOption("question", QUESTION));

        // then a public deferral, then the original edited with the cited answer
        var callback = discord.awaitRequest(r -> r.is("POST", "/interactions/" + id + "/"), WAIT, "defer");
        assertThat(discord.parse(callback.body()).path("type").asInt()).as("a deferred reply").isEqualTo(5);
        assertThat(discord.parse(callback.body()).path("data").path("flags").asInt(0) & 64).as("public").isZero();
        JsonNode body = discord.parse(answerTo(id).body());
        assertThat(body.path("allowed_mentions").path("parse").isArray()).as("mentions explicitly allowed: none")
                .isTrue();
        String description = body.path("embeds").get(0).path("description").asText();
        assertThat(description).contains("**What the material says**", "**Sources**", "[1] ");
        String answerId = answerIdOf(body);
        assertThat(customIds(body))
                .containsExactly("pw:fb:up:" + answerId, "pw:fb:down:" + answerId, "pw:src:" + answerId);
    }

    @Test
    void a_mention_is_answered_in_a_new_thread_under_it() throws InterruptedException {
        // given
        int mark = discord.requestMark();

        // when
        long messageId = discord.guildMessage(FakeDiscord.CHANNEL_ID,
                "<@" + FakeDiscord.BOT_ID + "> Can I friend a patient on Facebook?", true);

        // then
        var create = discord.awaitRequest(mark, r -> r.is("POST", "/channels/" + CHANNEL + "/messages/" + messageId
                + "/threads"), WAIT, "a thread under the mention");
        assertThat(discord.parse(create.body()).path("name").asText()).isEqualTo("Can I friend a patient on Facebook?");
        var answer = discord.awaitRequest(mark, DiscordEndToEndTest::inAThread, WAIT, "the answer in the thread");
        assertThat(discord.parse(answer.body()).path("embeds").get(0).path("description").asText()).contains("[1]");
    }

    @Test
    void a_follow_up_in_postwises_thread_is_answered_there_and_unreadable_messages_are_left_alone()
            throws InterruptedException {
        // given a thread Postwise started under a mention
        int mark = discord.requestMark();
        discord.guildMessage(FakeDiscord.CHANNEL_ID, "<@" + FakeDiscord.BOT_ID + "> Can I friend a patient?", true);
        String threadId = discord.awaitRequest(mark, DiscordEndToEndTest::inAThread, WAIT, "the first answer")
                .path().split("/")[4];
        long thread = Long.parseUnsignedLong(threadId);

        // when a message without text arrives (Discord sends no content without the message-content intent), and
        // then a follow-up mentioning the bot
        long unreadable = discord.guildMessage(thread, "", false);
        long followUpId = discord.guildMessage(thread, "<@" + FakeDiscord.BOT_ID + "> And on Instagram?", true);

        // then the follow-up is answered in the thread, as a reply to it
        var followUp = discord.awaitRequest(mark, r -> r.is("POST", "/channels/" + threadId + "/messages")
                && r.body().contains("\"message_id\":\"" + followUpId + "\""), WAIT, "the follow-up's answer");
        assertThat(discord.parse(followUp.body()).path("embeds").get(0).path("description").asText()).contains("[1]");
        assertThat(discord.requests()).as("a message without text is left alone")
                .noneMatch(r -> r.body().contains("\"message_id\":\"" + unreadable + "\""));
    }

    @Test
    void a_direct_message_is_answered_in_the_direct_message_channel() throws InterruptedException {
        // given
        int mark = discord.requestMark();

        // when
        discord.directMessage("What should I do if a colleague posts something unprofessional?");

        // then
        var answer = discord.awaitRequest(mark, r -> r.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID
                + "/messages"), WAIT, "the answer to a direct message");
        assertThat(discord.parse(answer.body()).path("embeds")).isNotEmpty();
        assertThat(answer.body()).doesNotContain("Privacy warning");
    }

    @Test
    void a_phi_question_by_slash_command_is_deferred_privately_and_warned_and_answered_privately()
            throws InterruptedException {
        // given
        int mark = discord.requestMark();

        // when
        long id = discord.slashCommand("ask", discord.stringOption("question", PHI));

        // then the deferral itself is ephemeral (nothing shows in the channel), and the reply fills it
        var deferral = discord.awaitRequest(mark, r -> r.path().contains("/interactions/" + id + "/"), WAIT,
                "the deferral");
        assertThat(discord.parse(deferral.body()).path("data").path("flags").asInt() & 64).as("ephemeral deferral")
                .isEqualTo(64);
        String hook = "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + id;
        var reply = discord.awaitRequest(mark, r -> r.path().contains(hook) && r.body().contains("Privacy warning"),
                WAIT, "the warning and answer");
        assertThat(reply.body()).contains("Privacy warning", "What to do", "Farnan et al.");
        assertThat(discord.requests()).as("no public placeholder to delete")
                .noneMatch(r -> r.is("DELETE", hook + "/messages/@original"));
    }

    @Test
    void a_phi_question_by_mention_gets_a_short_note_there_and_the_warning_and_guidance_by_direct_message()
            throws InterruptedException {
        // given
        int mark = discord.requestMark();

        // when
        long messageId = discord.guildMessage(FakeDiscord.CHANNEL_ID, "<@" + FakeDiscord.BOT_ID + "> " + PHI, true);

        // then
        var note = discord.awaitRequest(mark, r -> r.is("POST", "/channels/" + CHANNEL + "/messages")
                && r.body().contains(Long.toUnsignedString(messageId)), WAIT, "the short note in the channel");
        assertThat(note.body()).contains("please delete the message");
        discord.awaitRequest(mark, r -> r.is("POST", "/users/@me/channels"), WAIT, "a direct-message channel");
        var warning = discord.awaitRequest(mark, r -> r.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID
                + "/messages") && r.body().contains("Privacy warning"), WAIT, "the warning by direct message");
        assertThat(warning.body()).contains("What to do", "Farnan et al.");
        assertThat(discord.requests()).as("no thread for a flagged question")
                .noneMatch(r -> r.path().contains("/messages/" + messageId + "/threads"));
    }

    @Test
    void a_vote_is_recorded_once_per_user_and_a_second_click_replaces_it() throws InterruptedException {
        // given an answer
        String answerId = answerIdOf(discord.parse(answerTo(
                discord.slashCommand("ask", discord.stringOption("question", QUESTION))).body()));

        // when the user finds it helpful, then not helpful
        long up = discord.buttonClick("pw:fb:up:" + answerId);
        var callback = discord.awaitRequest(r -> r.is("POST", "/interactions/" + up + "/"), WAIT, "defer");
        var thanks = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + up + "/messages/@original"), WAIT,
                "the thanks");
        var store = new JdbcFeedbackStore(database());
        var first = store.find(answerId, Long.toUnsignedString(FakeDiscord.USER_ID)).orElseThrow();
        long down = discord.buttonClick("pw:fb:down:" + answerId);
        discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + down + "/messages/@original"), WAIT, "the second thanks");

        // then each click is answered privately, and one vote stands, the last, with the question
        assertThat(discord.parse(callback.body()).path("data").path("flags").asInt() & 64).as("ephemeral")
                .isEqualTo(64);
        assertThat(thanks.body()).contains("helpful");
        assertThat(first.vote()).isEqualTo(Vote.HELPFUL);
        assertThat(first.question()).isEqualTo(QUESTION);
        assertThat(store.forAnswer(answerId)).extracting(Feedback::vote).containsExactly(Vote.NOT_HELPFUL);
    }

    @Test
    void show_passages_quotes_the_passages_to_the_clicker() throws InterruptedException {
        // given an answer
        String answerId = answerIdOf(discord.parse(answerTo(
                discord.slashCommand("ask", discord.stringOption("question", QUESTION))).body()));

        // when
        long click = discord.buttonClick("pw:src:" + answerId);

        // then
        var shown = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + click + "/messages/@original"), WAIT,
                "the passages");
        assertThat(discord.parse(shown.body()).path("embeds").get(0).path("description").asText()).contains("> ");
    }

    @Test
    void an_admin_reloads_the_knowledge_base_and_sees_the_report_privately() throws InterruptedException {
        // when the test user, an admin by user id, reloads
        long id = discord.slashCommand("reload");

        // then an ephemeral deferral, then the report
        var defer = discord.awaitRequest(r -> r.is("POST", "/interactions/" + id + "/"), WAIT, "reload deferred");
        assertThat(discord.parse(defer.body()).path("data").path("flags").asInt(0) & 64).as("ephemeral")
                .isEqualTo(64);
        assertThat(answerTo(id).body()).contains("Reloaded");
    }

    @Test
    void a_member_who_is_not_an_admin_is_refused_by_postwise_and_the_refusal_is_audited()
            throws InterruptedException {
        // when
        long refused = discord.slashCommandAs(OTHER_USER_ID, "reload");

        // then
        String refusal = answerTo(refused).body();
        assertThat(refusal).contains("only Postwise's admins").doesNotContain("Reloaded");
        assertThat(new JdbcAuditLog(database()).recent(20)).extracting(AuditEntry::actor, AuditEntry::action,
                AuditEntry::result).contains(tuple(Long.toUnsignedString(OTHER_USER_ID), "reload", "refused"));
    }

    @Test
    void a_dropped_gateway_connection_is_resumed_and_nothing_sent_meanwhile_is_lost() throws InterruptedException {
        // when the connection drops and a private /ask is dispatched before the client is back
        discord.dropConnection();
        long id = discord.slashCommand("ask", discord.stringOption("question", "Should I use a separate "
                + "professional account on social media?"), discord.booleanOption("private", true));

        // then the client resumes the session, and the interaction is answered
        JsonNode resume = discord.awaitClientFrame(f -> f.path("op").asInt() == 6, WAIT, "RESUME");
        assertThat(resume.path("d").path("session_id").asText()).isEqualTo(FakeDiscord.SESSION_ID);
        assertThat(resume.path("d").path("token").asText()).isEqualTo(TOKEN);
        assertThat(resume.path("d").path("seq").asInt()).isPositive();
        discord.awaitConnections(2, WAIT);
        var callback = discord.awaitRequest(r -> r.is("POST", "/interactions/" + id + "/"), WAIT,
                "the interaction dispatched while disconnected");
        assertThat(discord.parse(callback.body()).path("data").path("flags").asInt() & 64).as("private:true")
                .isEqualTo(64);
        assertThat(answerTo(id).body()).contains("[1]");
        assertThat(discord.clientFrames()).as("resumed, not identified again")
                .filteredOn(f -> f.path("op").asInt() == 2).hasSize(1);
    }

    @Test
    void the_weekly_tip_due_at_start_is_posted_once_with_its_nonce_and_recorded() throws Exception {
        // when the bot started, Monday 09:00 UTC (the tip timer runs one task at a time: once a no-op gets its
        // turn, the run that posted has finished)
        var post = discord.awaitRequest(r -> r.is("POST", "/channels/" + CHANNEL + "/messages")
                && r.body().contains("Weekly tip"), WAIT, "the scheduled tip");
        tipTimer.submit(() -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        // then it is posted with the slot's nonce, links unfurled into no preview, and recorded as posted
        JsonNode body = discord.parse(post.body());
        assertThat(body.path("nonce").asText()).isEqualTo(new Slot(new Week(2025, 10), CHANNEL).nonce());
        assertThat(body.path("enforce_nonce").asBoolean()).isTrue();
        assertThat(body.path("allowed_mentions").path("parse").isArray()).as("mentions explicitly allowed: none")
                .isTrue();
        assertThat(body.path("flags").asInt() & 4).as("link previews suppressed").isEqualTo(4);
        assertThat(body.path("content").asText()).startsWith("**Weekly tip: ")
                .contains("**What to do**", "Sources:", "https://")
                .doesNotContain("@everyone", "@here", "<@");
        List<JsonNode> tips = weeklyTipsInChannel();
        assertThat(tips).hasSize(1);
        SlotRecord row = new JdbcTipLedger(database()).recent(1).get(0);
        assertThat(row.state()).isEqualTo(SlotState.POSTED);
        assertThat(row.messageId()).isEqualTo(tips.get(0).path("id").asText());
    }

    @Test
    void a_tip_sent_again_under_its_nonce_is_the_same_message_and_can_be_found_later() throws Exception {
        // given the tip posted at start
        discord.awaitRequest(r -> r.is("POST", "/channels/" + CHANNEL + "/messages") && r.body().contains("Weekly tip"),
                WAIT, "the scheduled tip");
        tipTimer.submit(() -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        SlotRecord row = new JdbcTipLedger(database()).recent(1).get(0);
        String content = weeklyTipsInChannel().get(0).path("content").asText();
        var publisher = new DiscordTipPublisher(bot::jda, WAIT);
        var links = java.util.regex.Pattern.compile("https://\\S+").matcher(content).results()
                .map(java.util.regex.MatchResult::group).toList();
        var rendered = new RenderedTip(row.tipId(), "", content, links);

        // when it is sent again under the slot's nonce, as after a crash before the ledger write
        String resent = publisher.publish(CHANNEL, rendered, row.slot().nonce());

        // then it is the same message, and, long after Discord forgets nonces, the bot finds it by its text
        assertThat(resent).isEqualTo(row.messageId());
        assertThat(weeklyTipsInChannel()).hasSize(1);
        assertThat(publisher.findPosted(CHANNEL, rendered, "another-nonce", TIP_DUE.minusSeconds(60)))
                .isEqualTo(Optional.of(row.messageId()));
    }

    @Test
    void everyones_slash_tip_shows_this_weeks_tip() throws Exception {
        // given the tip posted at start
        tipTimer.submit(() -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        // when
        long shown = discord.slashCommand("tip");

        // then
        assertThat(answerTo(shown).body()).contains("Weekly tip", "What to do");
    }

    @Test
    void the_tip_team_actions_are_refused_without_the_communications_role_and_served_with_it() throws Exception {
        // given the tip posted at start
        tipTimer.submit(() -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        // when a member without the role posts, and one with it asks for the history
        long refused = discord.slashCommandAs(OTHER_USER_ID, "tip", discord.stringOption("action", "post"));
        long history = discord.slashCommandWithRole(OTHER_USER_ID, FakeDiscord.COMMS_ROLE_ID, "tip",
                discord.stringOption("action", "history"));

        // then
        assertThat(answerTo(refused).body()).contains("only the communications team");
        assertThat(answerTo(history).body()).contains("2025-W10", "posted");
        assertThat(weeklyTipsInChannel()).as("still one tip in the channel").hasSize(1);
    }

    @Test
    void a_rejected_token_is_a_clear_startup_error_before_any_gateway_connection() throws IOException {
        try (FakeDiscord other = new FakeDiscord(TOKEN);
             DiscordBot rejected = postwise.discordBot(DiscordConfig.from(env(other, "wrong-token")),
                     TipsConfig.defaults())) {
            // when / then
            assertThatThrownBy(rejected::start).isInstanceOfSatisfying(StartupException.class, e -> {
                assertThat(e.getMessage()).startsWith("Discord rejected DISCORD_TOKEN").doesNotContain("wrong-token");
                assertThat(e.getCause()).as("no stack trace to print").isNull();
            });
            assertThat(other.clientFrames()).as("no gateway connection with a rejected token").isEmpty();
        }
    }

    @Test
    void the_command_line_exits_with_cannot_start_without_a_token() {
        // when
        var missing = runCli(Map.of());

        // then
        assertThat(missing.code()).isEqualTo(CommandLineApp.CANNOT_START);
        assertThat(missing.err()).contains("DISCORD_TOKEN is not set");
    }

    @Test
    void the_command_line_exits_with_cannot_start_on_a_rejected_token_in_one_line() throws IOException {
        try (FakeDiscord other = new FakeDiscord(TOKEN)) {
            // given
            var env = env(other, "wrong-token");
            env.put("POSTWISE_DATA_DIR", data.toString());
            env.put("POSTWISE_DB_URL", "jdbc:h2:mem:cli-" + UUID.randomUUID());
            env.put("POSTWISE_HTTP_PORT", "0"); // the bot's endpoint on a free port, whatever else runs here
            var result = new CliRun[1];

            // when
            String logged = QuestionHandlerTest.capturingErr(() -> result[0] = runCli(env));

            // then
            assertThat(result[0].code()).isEqualTo(CommandLineApp.CANNOT_START);
            assertThat(result[0].err()).startsWith("postwise: cannot start: Discord rejected DISCORD_TOKEN");
            assertThat(result[0].err().strip().lines()).as("one clear line").hasSize(1);
            assertThat(logged).as("no stack trace logged").doesNotContain("\tat ");
            assertThat(other.clientFrames()).isEmpty();
        }
    }

    /** The original of interaction {@code id}, as edited with its reply. */
    private FakeDiscord.Request answerTo(long id) throws InterruptedException {
        return discord.awaitRequest(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + id
                + "/messages/@original"), WAIT, "the reply to interaction " + id);
    }

    private static String answerIdOf(JsonNode message) {
        String up = customIds(message).get(0);
        assertThat(up).startsWith("pw:fb:up:");
        return up.substring("pw:fb:up:".length());
    }

    private List<JsonNode> weeklyTipsInChannel() {
        return discord.channelMessages(FakeDiscord.CHANNEL_ID).stream()
                .filter(m -> m.path("content").asText().startsWith("**Weekly tip"))
                .toList();
    }

    private static List<String> customIds(JsonNode message) {
        var ids = new ArrayList<String>();
        for (JsonNode row : message.path("components")) {
            StreamSupport.stream(row.path("components").spliterator(), false)
                    .forEach(c -> ids.add(c.path("custom_id").asText()));
        }
        return ids;
    }

    /** Where Postwise answers mentions: a channel that is neither the guild's channel nor the direct messages. */
    private static boolean inAThread(FakeDiscord.Request r) {
        return r.method().equals("POST") && r.path().matches("/api/v10/channels/\\d+/messages")
                && !r.path().contains(CHANNEL) && !r.path().contains(Long.toUnsignedString(FakeDiscord.DM_CHANNEL_ID));
    }

    private record CliRun(int code, String out, String err) {
    }

    private static CliRun runCli(Map<String, String> env) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new CommandLineApp(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, Path.of("").toAbsolutePath()).run("discord");
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
