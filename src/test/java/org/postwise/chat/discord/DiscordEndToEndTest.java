package org.postwise.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.chat.AccessPolicy;
import org.postwise.chat.Caller;
import org.postwise.Postwise;
import org.postwise.StartupException;
import org.postwise.chat.ChatCommands;
import org.postwise.cli.CommandLineApp;
import org.postwise.config.DiscordConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.feedback.Vote;

/**
 * The real JDA client against {@link FakeDiscord} on loopback, answering from the real core over the project's
 * own knowledge base: login, READY, command registration, {@code /ask} (deferred, then the edit with citations
 * and no mentions allowed), a mention answered in a new thread and a follow-up there, a direct message, a
 * {@code phi} question by command and by mention (warned, never echoed), the buttons (feedback recorded, one
 * vote per user; passages), and a dropped gateway connection resumed with nothing lost.
 */
class DiscordEndToEndTest {

    private static final String TOKEN = "fake-token-for-tests";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String QUESTION = "Can I accept a friend request from a patient?";
    private static final String PHI = "My patient John Smith, DOB 03/14/1962, MRN 4829173, phone 555-201-7788, "
            + "sent me a friend request. Can I accept it?";
    private static final List<String> PHI_PARTS = List.of("John Smith", "03/14/1962", "4829173", "555-201-7788");

    private static Postwise postwise;

    /** A member who is not one of Postwise's admins. */
    private static final long OTHER_USER_ID = 700_000_000_000_000_009L;

    @BeforeAll
    static void startCore(@TempDir Path data) {
        postwise = Postwise.start(PostwiseConfig.from(Map.of("POSTWISE_DATA_DIR", data.toString(),
                "POSTWISE_DB_URL", "jdbc:h2:mem:e2e-core-" + UUID.randomUUID()), Path.of("")));
    }

    @AfterAll
    static void noCore() {
        postwise = null;
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

    @Test
    void theRealClientWorksAgainstFakeDiscord() {
        assertTimeoutPreemptively(Duration.ofSeconds(50), () -> {
            ChatCommands commands = postwise.commands();
            ExecutorService work = Executors.newFixedThreadPool(2);
            try (FakeDiscord discord = new FakeDiscord(TOKEN);
                 var store = JdbcFeedbackStore.open("jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                 var bot = new DiscordBot(commands, postwise.admin(new AccessPolicy(Set.of(),
                         Set.of(Long.toUnsignedString(FakeDiscord.USER_ID)), Set.of())),
                         DiscordConfig.from(env(discord, TOKEN)), store,
                         Clock.systemUTC(), Ticker.systemTicker(), work, () -> "e2e00001", WAIT)) {
                bot.start();
                loginReadyAndRegistration(discord);
                String answerId = slashAsk(discord);
                mentionAnsweredInThread(discord);
                directMessage(discord);
                privacyBySlashCommand(discord);
                privacyByMention(discord);
                buttons(discord, store, answerId);
                reloadAsAdminAndAsMember(discord);
                droppedAndResumed(discord);
                nothingEverPings(discord);
            }
        });
    }

    private void loginReadyAndRegistration(FakeDiscord discord) throws InterruptedException {
        var login = discord.awaitRequest(r -> r.is("GET", "/users/@me"), WAIT, "login");
        assertEquals("Bot " + TOKEN, login.authorization());
        JsonNode identify = discord.awaitClientFrame(f -> f.path("op").asInt() == 2, WAIT, "IDENTIFY");
        int intents = identify.path("d").path("intents").asInt();
        int guilds = 1, guildMessages = 1 << 9, directMessages = 1 << 12; // JDA always asks for GUILDS
        assertEquals(guilds | guildMessages | directMessages, intents, "no privileged intent (MESSAGE_CONTENT "
                + "is 1 << 15, GUILD_MEMBERS 1 << 1, GUILD_PRESENCES 1 << 8)");
        var register = discord.awaitRequest(r -> r.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/guilds/"
                + FakeDiscord.GUILD_ID + "/commands"), WAIT, "command registration on the guild");
        List<String> names = new ArrayList<>();
        discord.parse(register.body()).forEach(c -> names.add(c.path("name").asText()));
        assertTrue(names.containsAll(List.of("ask", "sources", "help", "reload", "audit", "stats")), names.toString());
        // admin commands are hidden from members without the Administrator permission ("0")
        discord.parse(register.body()).forEach(c -> {
            if (List.of("reload", "audit", "stats").contains(c.path("name").asText())) {
                assertEquals("0", c.path("default_member_permissions").asText(), c.toString());
            }
        });
        JsonNode ask = discord.parse(register.body()).get(0);
        assertEquals("question", ask.path("options").get(0).path("name").asText());
        assertEquals("private", ask.path("options").get(1).path("name").asText());
    }

    /** {@code /ask}: deferred at once, then the original edited with the cited answer; returns its answer id. */
    private String slashAsk(FakeDiscord discord) throws InterruptedException {
        long id = discord.slashCommand("ask", discord.stringOption("question", QUESTION));
        var callback = discord.awaitRequest(r -> r.is("POST", "/interactions/" + id + "/"), WAIT, "defer");
        assertEquals(5, discord.parse(callback.body()).path("type").asInt(), "a deferred reply");
        assertEquals(0, discord.parse(callback.body()).path("data").path("flags").asInt(0) & 64, "public");
        var edit = discord.awaitRequest(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + id
                + "/messages/@original"), WAIT, "the answer");
        JsonNode body = discord.parse(edit.body());
        assertTrue(body.path("allowed_mentions").path("parse").isArray());
        assertEquals(0, body.path("allowed_mentions").path("parse").size(), edit.body());
        String description = body.path("embeds").get(0).path("description").asText();
        assertTrue(description.contains("**What the material says**"), description);
        assertTrue(description.matches("(?s).*\\[1].*"), "citation markers: " + description);
        assertTrue(description.contains("**Sources**") && description.contains("[1] "), description);
        List<String> buttons = customIds(body);
        assertTrue(buttons.size() >= 2, buttons.toString());
        assertTrue(buttons.get(0).startsWith("pw:fb:up:"), buttons.toString());
        String answerId = buttons.get(0).substring("pw:fb:up:".length());
        assertTrue(buttons.contains("pw:fb:down:" + answerId) && buttons.contains("pw:src:" + answerId), buttons.toString());
        return answerId;
    }

    private void reloadAsAdminAndAsMember(FakeDiscord discord) throws InterruptedException {
        // an admin (by user id) reloads: an ephemeral deferral, then the report
        long id = discord.slashCommand("reload");
        var defer = discord.awaitRequest(r -> r.is("POST", "/interactions/" + id + "/"), WAIT, "reload deferred");
        assertEquals(64, discord.parse(defer.body()).path("data").path("flags").asInt(0) & 64, "ephemeral");
        var report = discord.awaitRequest(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + id
                + "/messages/@original"), WAIT, "the reload report");
        assertTrue(report.body().contains("Reloaded"), report.body());
        // a member who is not an admin is refused by Postwise itself, and the refusal is audited
        long refused = discord.slashCommandAs(OTHER_USER_ID, "reload");
        var refusal = discord.awaitRequest(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + refused
                + "/messages/@original"), WAIT, "the refusal");
        assertTrue(refusal.body().contains("only Postwise's admins"), refusal.body());
        assertFalse(refusal.body().contains("Reloaded"), refusal.body());
        String trail = postwise.admin(AccessPolicy.LOCAL_ONLY).audit(Caller.console(), 10);
        assertTrue(trail.contains(Long.toUnsignedString(OTHER_USER_ID) + "  reload  refused"), trail);
    }

    private void mentionAnsweredInThread(FakeDiscord discord) throws InterruptedException {
        long messageId = discord.guildMessage(FakeDiscord.CHANNEL_ID,
                "<@" + FakeDiscord.BOT_ID + "> " + "Can I friend a patient on Facebook?", true);
        var create = discord.awaitRequest(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages/"
                + messageId + "/threads"), WAIT, "a thread under the mention");
        assertEquals("Can I friend a patient on Facebook?", discord.parse(create.body()).path("name").asText());
        var answer = discord.awaitRequest(r -> r.method().equals("POST") && r.path().matches("/api/v10/channels/\\d+/messages")
                && !r.path().contains(Long.toUnsignedString(FakeDiscord.CHANNEL_ID)), WAIT, "the answer in the thread");
        String threadId = answer.path().split("/")[4];
        JsonNode body = discord.parse(answer.body());
        assertEquals(0, body.path("allowed_mentions").path("parse").size());
        assertTrue(body.path("embeds").get(0).path("description").asText().contains("[1]"));

        // a follow-up in that thread is answered there (with the thread's earlier question in mind). Without the
        // message-content intent Discord delivers the text only of messages that mention the bot: others are empty
        long thread = Long.parseUnsignedLong(threadId);
        long unreadable = discord.guildMessage(thread, "", false);
        long followUpId = discord.guildMessage(thread, "<@" + FakeDiscord.BOT_ID + "> And on Instagram?", true);
        var followUp = discord.awaitRequest(r -> r.is("POST", "/channels/" + threadId + "/messages")
                && r.body().contains("\"message_id\":\"" + followUpId + "\""), WAIT, "the follow-up's answer");
        JsonNode reply = discord.parse(followUp.body());
        assertEquals(0, reply.path("allowed_mentions").path("parse").size());
        assertTrue(reply.path("embeds").get(0).path("description").asText().contains("[1]"));
        assertTrue(discord.requests().stream().noneMatch(r -> r.body().contains("\"message_id\":\"" + unreadable
                + "\"")), "a message without text is left alone");
    }

    private void directMessage(FakeDiscord discord) throws InterruptedException {
        discord.directMessage("What should I do if a colleague posts something unprofessional?");
        var answer = discord.awaitRequest(r -> r.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"),
                WAIT, "the answer to a direct message");
        assertFalse(discord.parse(answer.body()).path("embeds").isEmpty());
    }

    private void privacyBySlashCommand(FakeDiscord discord) throws InterruptedException {
        long id = discord.slashCommand("ask", discord.stringOption("question", PHI));
        String hook = "/webhooks/" + FakeDiscord.APP_ID + "/itoken-" + id;
        var warning = discord.awaitRequest(r -> r.is("POST", hook) && !r.path().contains("@original"), WAIT,
                "the ephemeral warning");
        JsonNode body = discord.parse(warning.body());
        assertEquals(64, body.path("flags").asInt() & 64, "ephemeral: " + warning.body());
        assertTrue(warning.body().contains("Privacy warning"), warning.body());
        discord.awaitRequest(r -> r.is("DELETE", hook + "/messages/@original"), WAIT, "the public placeholder removed");
    }

    private void privacyByMention(FakeDiscord discord) throws InterruptedException {
        long messageId = discord.guildMessage(FakeDiscord.CHANNEL_ID, "<@" + FakeDiscord.BOT_ID + "> " + PHI, true);
        var note = discord.awaitRequest(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                && r.body().contains(Long.toUnsignedString(messageId)), WAIT, "the short note in the channel");
        assertTrue(note.body().contains("please delete the message"), note.body());
        discord.awaitRequest(r -> r.is("POST", "/users/@me/channels"), WAIT, "a direct-message channel");
        discord.awaitRequest(r -> r.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                && r.body().contains("Privacy warning"), WAIT, "the warning by direct message");
        assertTrue(discord.requests().stream().noneMatch(r -> r.path().contains("/messages/" + messageId + "/threads")),
                "no thread for a flagged question");
    }

    private void buttons(FakeDiscord discord, JdbcFeedbackStore store, String answerId) throws InterruptedException {
        long click = discord.buttonClick("pw:fb:up:" + answerId);
        var callback = discord.awaitRequest(r -> r.is("POST", "/interactions/" + click + "/"), WAIT, "defer");
        assertEquals(64, discord.parse(callback.body()).path("data").path("flags").asInt() & 64, "ephemeral");
        var thanks = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + click + "/messages/@original"), WAIT,
                "the thanks");
        assertTrue(thanks.body().contains("helpful"), thanks.body());
        var vote = store.find(answerId, Long.toUnsignedString(FakeDiscord.USER_ID)).orElseThrow();
        assertEquals(Vote.HELPFUL, vote.vote());
        assertEquals(QUESTION, vote.question());

        long again = discord.buttonClick("pw:fb:down:" + answerId);
        discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + again + "/messages/@original"), WAIT, "the second thanks");
        assertEquals(1, store.forAnswer(answerId).size(), "one vote per user per answer");
        assertEquals(Vote.NOT_HELPFUL, store.forAnswer(answerId).get(0).vote());

        long passages = discord.buttonClick("pw:src:" + answerId);
        var shown = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + passages + "/messages/@original"), WAIT,
                "the passages");
        assertTrue(discord.parse(shown.body()).path("embeds").get(0).path("description").asText().contains("> "),
                shown.body());
    }

    private void droppedAndResumed(FakeDiscord discord) throws InterruptedException {
        discord.dropConnection();
        long id = discord.slashCommand("ask", discord.stringOption("question", "Should I use a separate "
                + "professional account on social media?"), discord.booleanOption("private", true));
        JsonNode resume = discord.awaitClientFrame(f -> f.path("op").asInt() == 6, WAIT, "RESUME");
        assertEquals(FakeDiscord.SESSION_ID, resume.path("d").path("session_id").asText());
        assertEquals(TOKEN, resume.path("d").path("token").asText());
        assertTrue(resume.path("d").path("seq").asInt() > 0);
        discord.awaitConnections(2, WAIT);
        var callback = discord.awaitRequest(r -> r.is("POST", "/interactions/" + id + "/"), WAIT,
                "the interaction dispatched while disconnected");
        assertEquals(64, discord.parse(callback.body()).path("data").path("flags").asInt() & 64, "private:true");
        var edit = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + id + "/messages/@original"), WAIT,
                "its answer");
        assertTrue(edit.body().contains("[1]"), edit.body());
        assertEquals(1, discord.clientFrames().stream().filter(f -> f.path("op").asInt() == 2).count(),
                "resumed, not identified again");
    }

    private void nothingEverPings(FakeDiscord discord) {
        for (var r : discord.requests()) {
            for (String part : PHI_PARTS) {
                assertFalse(r.body().contains(part), "patient details echoed in " + r.method() + " " + r.path());
            }
            if (r.body().startsWith("{") && (r.body().contains("\"content\"") || r.body().contains("\"embeds\""))
                    && !r.path().contains("/callback")) {
                JsonNode allowed = discord.parse(r.body()).path("allowed_mentions");
                assertEquals(0, allowed.path("parse").size(), "mentions allowed in " + r.path());
                assertFalse(allowed.path("replied_user").asBoolean(false), "a reply pings in " + r.path());
            }
        }
        for (JsonNode f : discord.clientFrames()) {
            for (String part : PHI_PARTS) {
                assertFalse(f.toString().contains(part), "patient details sent on the gateway");
            }
        }
    }

    private static List<String> customIds(JsonNode message) {
        var ids = new ArrayList<String>();
        for (JsonNode row : message.path("components")) {
            StreamSupport.stream(row.path("components").spliterator(), false)
                    .forEach(c -> ids.add(c.path("custom_id").asText()));
        }
        return ids;
    }

    /**
     * The weekly tip (issue 4): on start the scheduler posts the slot that is due to the configured channel, with
     * the slot's nonce and {@code enforce_nonce}, and nobody pinged; a re-send under the same nonce is the same
     * message (as after a crash), and the bot can find its own post again; {@code /tip} shows it to everyone, and the
     * team's actions are refused to a member without the communications role and served to one with it.
     */
    @Test
    void aScheduledTipIsPostedToAChannelWithNoMentionPingingAnyone() {
        assertTimeoutPreemptively(Duration.ofSeconds(50), () -> {
            // given Monday 09:00 UTC, a clock at that very time, and the weekly tip in the guild's channel
            java.time.Instant due = java.time.Instant.parse("2025-03-03T09:00:00Z");
            Clock clock = Clock.fixed(due, java.time.ZoneOffset.UTC);
            String channel = Long.toUnsignedString(FakeDiscord.CHANNEL_ID);
            var tipsConfig = new org.postwise.config.TipsConfig(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0),
                    java.time.ZoneOffset.UTC, List.of(channel), Duration.ofHours(6));
            var access = new AccessPolicy(Set.of(), Set.of(), Set.of(FakeDiscord.COMMS_ROLE_ID));
            ExecutorService work = Executors.newFixedThreadPool(2);
            var tipTimer = Executors.newSingleThreadScheduledExecutor();
            try (FakeDiscord discord = new FakeDiscord(TOKEN);
                 var store = JdbcFeedbackStore.open("jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                 var bot = new DiscordBot(postwise.commands(), postwise.admin(access), DiscordConfig.from(env(discord, TOKEN)),
                         store, clock, Ticker.systemTicker(), work, () -> "e2e00002", WAIT,
                         publisher -> new org.postwise.tips.TipCommands(postwise.weeklyTips(tipsConfig, publisher), access,
                                 org.postwise.admin.AuditLog.NONE, clock, id -> "channel " + id),
                         tipTimer)) {
                // when the bot starts
                bot.start();

                // then the tip due now is posted to the channel, once, pinging no one
                var post = discord.awaitRequest(r -> r.is("POST", "/channels/" + channel + "/messages")
                        && r.body().contains("Weekly tip"), WAIT, "the scheduled tip");
                JsonNode body = discord.parse(post.body());
                String nonce = new org.postwise.tips.Slot(new org.postwise.tips.Week(2025, 10), channel).nonce();
                assertEquals(nonce, body.path("nonce").asText(), post.body());
                assertTrue(body.path("enforce_nonce").asBoolean(), post.body());
                assertTrue(body.path("allowed_mentions").path("parse").isArray(), post.body());
                assertEquals(0, body.path("allowed_mentions").path("parse").size(), post.body());
                assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(false), post.body());
                assertEquals(4, body.path("flags").asInt() & 4, "link previews suppressed: " + post.body());
                String content = body.path("content").asText();
                assertTrue(content.startsWith("**Weekly tip: ") && content.contains("**What to do**")
                        && content.contains("Source: ") && content.contains("https://"), content);
                assertFalse(content.contains("@everyone") || content.contains("@here") || content.contains("<@"), content);
                // the timer runs one task at a time: once a no-op gets its turn, the run that posted has finished
                tipTimer.submit(() -> null).get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                List<JsonNode> inChannel = discord.channelMessages(FakeDiscord.CHANNEL_ID);
                assertEquals(1, inChannel.size());
                String messageId = inChannel.get(0).path("id").asText();
                var row = postwise.weeklyTips(tipsConfig, new DiscordTipPublisher(bot::jda, WAIT)).history(1).get(0);
                assertEquals(org.postwise.tips.SlotState.POSTED, row.state());
                assertEquals(messageId, row.messageId());

                // and a re-send under the slot's nonce, as after a crash before the ledger write, is that message
                var publisher = new DiscordTipPublisher(bot::jda, WAIT);
                String link = content.substring(content.lastIndexOf("https://")).strip();
                var rendered = new org.postwise.tips.RenderedTip(row.tipId(), "", content, link);
                assertEquals(messageId, publisher.publish(channel, rendered, nonce));
                assertEquals(1, discord.channelMessages(FakeDiscord.CHANNEL_ID).size(), "one message");
                // and, long after Discord forgets nonces, the bot finds its own post by its text
                assertEquals(java.util.Optional.of(messageId),
                        publisher.findPosted(channel, rendered, "another-nonce", due.minusSeconds(60)));

                // everyone's /tip shows it
                long shown = discord.slashCommand("tip");
                var week = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + shown + "/messages/@original"), WAIT,
                        "this week's tip");
                assertTrue(week.body().contains("Weekly tip") && week.body().contains("What to do"), week.body());
                // a member without the communications role cannot post; one with it sees the history
                long refused = discord.slashCommandAs(OTHER_USER_ID, "tip", discord.stringOption("action", "post"));
                var refusal = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + refused + "/messages/@original"),
                        WAIT, "the refusal");
                assertTrue(refusal.body().contains("only the communications team"), refusal.body());
                long history = discord.slashCommandWithRole(OTHER_USER_ID, FakeDiscord.COMMS_ROLE_ID, "tip",
                        discord.stringOption("action", "history"));
                var shownHistory = discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + history + "/messages/@original"),
                        WAIT, "the history");
                assertTrue(shownHistory.body().contains("2025-W10") && shownHistory.body().contains("posted"),
                        shownHistory.body());
                assertEquals(1, discord.channelMessages(FakeDiscord.CHANNEL_ID).size(), "still one tip in the channel");
                nothingEverPings(discord);
            }
        });
    }

    @Test
    void aRejectedTokenIsAClearStartupError() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (FakeDiscord discord = new FakeDiscord(TOKEN);
                 var store = JdbcFeedbackStore.open("jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                 var bot = new DiscordBot(postwise.commands(), postwise.admin(AccessPolicy.LOCAL_ONLY),
                         DiscordConfig.from(env(discord, "wrong-token")), store,
                         Clock.systemUTC(), Ticker.systemTicker(), Executors.newSingleThreadExecutor(), () -> "x",
                         WAIT)) {
                var e = assertThrows(StartupException.class, bot::start);
                assertTrue(e.getMessage().startsWith("Discord rejected DISCORD_TOKEN"), e.getMessage());
                assertFalse(e.getMessage().contains("wrong-token"), "the token is never printed");
                assertNull(e.getCause(), "no stack trace to print");
                assertTrue(discord.clientFrames().isEmpty(), "no gateway connection with a rejected token");
            }
        });
    }

    @Test
    void theCommandLineExitsWithCannotStartWithoutAUsableToken() throws Exception {
        var missing = runCli(Map.of());
        assertEquals(CommandLineApp.CANNOT_START, missing.code());
        assertTrue(missing.err().contains("DISCORD_TOKEN is not set"), missing.err());

        try (FakeDiscord discord = new FakeDiscord(TOKEN)) {
            var env = new HashMap<>(env(discord, "wrong-token"));
            env.put("POSTWISE_DB_URL", "jdbc:h2:mem:cli-" + UUID.randomUUID());
            var result = new CliRun[1];
            String logged = QuestionHandlerTest.capturingErr(() -> result[0] = assertTimeoutPreemptively(
                    Duration.ofSeconds(30), () -> runCli(env)));
            var rejected = result[0];
            assertEquals(CommandLineApp.CANNOT_START, rejected.code());
            assertTrue(rejected.err().startsWith("postwise: cannot start: Discord rejected DISCORD_TOKEN"),
                    rejected.err());
            assertEquals(1, rejected.err().strip().lines().count(), "one clear line: " + rejected.err());
            assertFalse(logged.contains("\tat "), "no stack trace logged: " + logged);
            assertTrue(discord.clientFrames().isEmpty());
        }
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
