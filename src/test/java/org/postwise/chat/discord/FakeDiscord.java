package org.postwise.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A fake Discord on loopback for end-to-end tests of the real JDA client: the REST API under
 * {@code /api/v10/} and the gateway WebSocket under {@code /gateway} (and {@code /gateway-resume}, the resume
 * URL it hands out), speaking plain JSON (JDA with {@code Compression.NONE} and {@code GatewayEncoding.JSON}).
 *
 * <p>It records every REST request and every gateway frame the client sends, keeps a history of the events it
 * dispatched so a resumed session gets what it missed, and lets tests wait for what they expect with a deadline
 * (a lock and condition; no sleeping).
 */
final class FakeDiscord implements AutoCloseable {

    static final long APP_ID = 900_000_000_000_000_002L;
    static final long BOT_ID = 900_000_000_000_000_001L;
    static final long GUILD_ID = 800_000_000_000_000_001L;
    static final long CHANNEL_ID = 800_000_000_000_000_002L;
    static final long USER_ID = 700_000_000_000_000_001L;
    static final long DM_CHANNEL_ID = 700_000_000_000_000_002L;
    static final String SESSION_ID = "fake-session-1";
    /** A role of the guild given to the communications team in the weekly-tip tests. */
    static final long COMMS_ROLE_ID = 800_000_000_000_000_010L;
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    /** One REST request the client made. */
    record Request(String method, String path, String authorization, String body) {

        boolean is(String method, String pathPart) {
            return this.method.equals(method) && path.contains(pathPart);
        }
    }

    private final String token;
    private final ObjectMapper json = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Request> requests = new ArrayList<>();
    private final List<JsonNode> clientFrames = new ArrayList<>();
    private final List<ObjectNode> dispatched = new ArrayList<>();
    private final List<String> serverFrames = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private WebSocket socket;
    private int seq;
    private int connections;
    private boolean resumePending;
    /** Messages created in channels, oldest first, and by channel and nonce (Discord's enforce_nonce). */
    private final List<ObjectNode> channelMessages = new ArrayList<>();
    private final java.util.Map<String, ObjectNode> byNonce = new java.util.HashMap<>();

    FakeDiscord(String token) throws IOException {
        this.token = token;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gateway";
    }

    /** A snowflake of the current time: JDA treats an interaction with an old id as expired. */
    long snowflake() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (ids.incrementAndGet() & 0x3FFFFF);
    }

    // ---- REST ----------------------------------------------------------------------------------------------

    private MockResponse handle(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        if (path.startsWith("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
        }
        String body = r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
        var request = new Request(r.getMethod(), path, r.getHeaders().get("Authorization"), body);
        record(() -> requests.add(request));
        try {
            if (!("Bot " + token).equals(request.authorization())) {
                return json(401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
            }
            String route = path.startsWith("/api/v10/") ? path.substring("/api/v10/".length()) : path;
            String m = r.getMethod();
            if (m.equals("GET") && route.equals("users/@me")) {
                return json(200, botUser().toString());
            }
            if (m.equals("PUT") && route.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
                ArrayNode commands = (ArrayNode) json.readTree(body);
                for (JsonNode c : commands) {
                    ((ObjectNode) c).put("id", Long.toUnsignedString(snowflake()))
                            .put("application_id", Long.toUnsignedString(APP_ID))
                            .put("version", "1");
                }
                return json(200, commands.toString());
            }
            if (m.equals("POST") && route.matches("interactions/\\d+/[^/]+/callback")) {
                return new MockResponse.Builder().code(204).build();
            }
            if (m.equals("PATCH") && route.matches("webhooks/\\d+/[^/]+/messages/@original")) {
                return json(200, message(CHANNEL_ID, body, true).toString());
            }
            if (m.equals("DELETE") && route.matches("webhooks/\\d+/[^/]+/messages/@original")) {
                return new MockResponse.Builder().code(204).build();
            }
            if (m.equals("POST") && route.matches("webhooks/\\d+/[^/]+")) {
                return json(200, message(CHANNEL_ID, body, true).toString());
            }
            if (m.equals("POST") && route.matches("channels/\\d+/messages/\\d+/threads")) {
                long parent = Long.parseUnsignedLong(route.split("/")[1]);
                return json(200, thread(snowflake(), parent, json.readTree(body).path("name").asText()).toString());
            }
            if (m.equals("POST") && route.matches("channels/\\d+/messages")) {
                long channel = Long.parseUnsignedLong(route.split("/")[1]);
                return json(200, channelMessage(channel, body).toString());
            }
            if (m.equals("PATCH") && route.matches("channels/\\d+/messages/\\d+")) {
                long channel = Long.parseUnsignedLong(route.split("/")[1]);
                return json(200, message(channel, body, false).put("id", route.split("/")[3]).toString());
            }
            if (m.equals("GET") && route.matches("channels/\\d+/messages")) {
                String channel = route.split("/")[1];
                String after = r.getUrl().queryParameter("after");
                return json(200, history(channel, after == null ? 0 : Long.parseUnsignedLong(after)).toString());
            }
            if (m.equals("POST") && route.equals("users/@me/channels")) {
                return json(200, json.createObjectNode().put("id", Long.toUnsignedString(DM_CHANNEL_ID))
                        .put("type", 1).set("recipients", json.createArrayNode().add(user(USER_ID, "nurse")))
                        .toString());
            }
            return json(404, "{\"message\": \"Unknown route " + m + " " + route + "\", \"code\": 0}");
        } catch (IOException | RuntimeException e) {
            return json(500, "{\"message\": \"fake failed: " + e + "\", \"code\": 0}");
        }
    }

    /**
     * Creates a message in a channel. Like Discord with {@code "enforce_nonce": true}, a nonce this channel has seen
     * returns the message it created the first time instead of a new one.
     */
    private ObjectNode channelMessage(long channelId, String requestBody) throws IOException {
        JsonNode req = requestBody.isBlank() ? json.createObjectNode() : json.readTree(requestBody);
        String nonce = req.path("nonce").asText("");
        String key = Long.toUnsignedString(channelId) + "/" + nonce;
        lock.lock();
        try {
            if (!nonce.isEmpty() && req.path("enforce_nonce").asBoolean(false) && byNonce.containsKey(key)) {
                return byNonce.get(key);
            }
            ObjectNode msg = message(channelId, requestBody, false);
            if (!nonce.isEmpty()) {
                msg.put("nonce", nonce);
                byNonce.put(key, msg);
            }
            channelMessages.add(msg);
            return msg;
        } finally {
            lock.unlock();
        }
    }

    /** A channel's messages with ids above {@code after}, newest first, as {@code GET channels/{id}/messages}. */
    private ArrayNode history(String channelId, long after) {
        ArrayNode out = json.createArrayNode();
        lock.lock();
        try {
            for (int i = channelMessages.size() - 1; i >= 0; i--) {
                ObjectNode msg = channelMessages.get(i);
                if (msg.path("channel_id").asText().equals(channelId)
                        && Long.compareUnsigned(Long.parseUnsignedLong(msg.path("id").asText()), after) > 0) {
                    // Discord does not return the nonce when listing messages
                    out.add(msg.deepCopy().without("nonce"));
                }
            }
        } finally {
            lock.unlock();
        }
        return out;
    }

    /** The messages created in {@code channelId} so far, oldest first. */
    List<JsonNode> channelMessages(long channelId) {
        lock.lock();
        try {
            return channelMessages.stream()
                    .filter(msg -> msg.path("channel_id").asText().equals(Long.toUnsignedString(channelId)))
                    .map(msg -> (JsonNode) msg.deepCopy())
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private ObjectNode message(long channelId, String requestBody, boolean webhook) throws IOException {
        JsonNode req = requestBody.isBlank() ? json.createObjectNode() : json.readTree(requestBody);
        ObjectNode msg = json.createObjectNode()
                .put("id", Long.toUnsignedString(snowflake()))
                .put("type", 0)
                .put("channel_id", Long.toUnsignedString(channelId))
                .put("content", req.path("content").asText(""))
                .put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("tts", false)
                .put("pinned", false)
                .put("mention_everyone", false)
                .put("flags", req.path("flags").asInt(0));
        msg.set("author", botUser());
        msg.set("mentions", json.createArrayNode());
        msg.set("mention_roles", json.createArrayNode());
        msg.set("attachments", json.createArrayNode());
        msg.set("embeds", json.createArrayNode());
        msg.set("components", json.createArrayNode());
        if (webhook) {
            msg.put("webhook_id", Long.toUnsignedString(APP_ID)).put("application_id", Long.toUnsignedString(APP_ID));
        }
        return msg;
    }

    private ObjectNode thread(long id, long parent, String name) {
        ObjectNode t = json.createObjectNode()
                .put("id", Long.toUnsignedString(id))
                .put("type", 11)
                .put("guild_id", Long.toUnsignedString(GUILD_ID))
                .put("parent_id", Long.toUnsignedString(parent))
                .put("owner_id", Long.toUnsignedString(BOT_ID))
                .put("name", name)
                .put("member_count", 1)
                .put("message_count", 0)
                .put("total_message_count", 0)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        t.putObject("thread_metadata")
                .put("archived", false)
                .put("locked", false)
                .put("auto_archive_duration", 1440)
                .put("archive_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        return t;
    }

    ObjectNode user(long id, String name) {
        return json.createObjectNode().put("id", Long.toUnsignedString(id)).put("username", name)
                .put("discriminator", "0").put("global_name", name).putNull("avatar").put("bot", false);
    }

    private ObjectNode botUser() {
        return user(BOT_ID, "Postwise").put("bot", true).put("verified", true).put("mfa_enabled", false);
    }

    // ---- gateway -------------------------------------------------------------------------------------------

    /** The server end of one gateway connection. */
    private final class Gateway extends WebSocketListener {

        @Override
        public void onOpen(WebSocket ws, Response response) {
            record(() -> {
                socket = ws;
                connections++;
            });
            send(ws, json.createObjectNode().put("op", 10).putNull("s").putNull("t")
                    .set("d", json.createObjectNode().put("heartbeat_interval", 41_250)));
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            JsonNode frame;
            try {
                frame = json.readTree(text);
            } catch (IOException e) {
                ws.close(4002, "decode error");
                return;
            }
            record(() -> clientFrames.add(frame));
            switch (frame.path("op").asInt(-1)) {
                case 1 -> send(ws, json.createObjectNode().put("op", 11));
                case 2 -> identified(ws, frame.path("d"));
                case 6 -> resumed(ws, frame.path("d"));
                default -> { }
            }
        }

        @Override
        public void onClosing(WebSocket ws, int code, String reason) {
            ws.close(1000, null);
            gone(ws);
        }

        @Override
        public void onFailure(WebSocket ws, Throwable t, Response response) {
            gone(ws);
        }

        private void gone(WebSocket ws) {
            record(() -> {
                if (socket == ws) {
                    socket = null;
                }
            });
        }
    }

    private void identified(WebSocket ws, JsonNode identify) {
        if (!token.equals(identify.path("token").asText())) {
            ws.close(4004, "Authentication failed.");
            return;
        }
        ObjectNode ready = json.createObjectNode()
                .put("v", 10)
                .put("session_id", SESSION_ID)
                .put("resume_gateway_url", "ws://127.0.0.1:" + server.getPort() + "/gateway-resume");
        ready.set("user", botUser());
        ready.set("guilds", json.createArrayNode().add(json.createObjectNode()
                .put("id", Long.toUnsignedString(GUILD_ID)).put("unavailable", true)));
        ready.set("private_channels", json.createArrayNode());
        ready.putObject("application").put("id", Long.toUnsignedString(APP_ID)).put("flags", 0);
        dispatch("READY", ready);
        dispatch("GUILD_CREATE", guild());
    }

    private void resumed(WebSocket ws, JsonNode resume) {
        if (!SESSION_ID.equals(resume.path("session_id").asText()) || !token.equals(resume.path("token").asText())) {
            send(ws, json.createObjectNode().put("op", 9).put("d", false));
            return;
        }
        int from = resume.path("seq").asInt();
        lock.lock();
        try {
            // Discord replays what the session missed, then confirms; sent under the lock to keep the order
            List<ObjectNode> missed = dispatched.stream().filter(f -> f.path("s").asInt() > from).toList();
            missed.forEach(f -> send(ws, f));
            send(ws, frame("RESUMED", json.createObjectNode()));
            resumePending = false;
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode guild() {
        String g = Long.toUnsignedString(GUILD_ID);
        ObjectNode guild = json.createObjectNode()
                .put("id", g)
                .put("name", "Teaching Hospital")
                .put("owner_id", Long.toUnsignedString(BOT_ID))
                .put("member_count", 2)
                .put("preferred_locale", "en-US")
                .put("unavailable", false)
                .put("large", false)
                .put("afk_timeout", 300);
        ObjectNode everyone = json.createObjectNode().put("id", g).put("name", "@everyone").put("position", 0)
                .put("permissions", "2248473465835073").put("managed", false).put("hoist", false)
                .put("mentionable", false);
        everyone.putObject("colors").put("primary_color", 0);
        ObjectNode comms = json.createObjectNode().put("id", Long.toUnsignedString(COMMS_ROLE_ID))
                .put("name", "Communications").put("position", 1).put("permissions", "0").put("managed", false)
                .put("hoist", false).put("mentionable", false);
        comms.putObject("colors").put("primary_color", 0);
        guild.set("roles", json.createArrayNode().add(everyone).add(comms));
        ObjectNode channel = json.createObjectNode().put("id", Long.toUnsignedString(CHANNEL_ID)).put("type", 0)
                .put("guild_id", g).put("name", "general").put("position", 0).put("nsfw", false);
        channel.set("permission_overwrites", json.createArrayNode());
        guild.set("channels", json.createArrayNode().add(channel));
        guild.set("members", json.createArrayNode().add(member(botUser())).add(member(user(USER_ID, "nurse"))));
        for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                "features", "presences", "stage_instances", "soundboard_sounds")) {
            guild.set(empty, json.createArrayNode());
        }
        return guild;
    }

    ObjectNode member(ObjectNode user) {
        ObjectNode m = json.createObjectNode().put("joined_at", "2024-01-01T00:00:00+00:00").put("deaf", false)
                .put("mute", false).put("flags", 0).put("pending", false);
        m.set("user", user);
        m.set("roles", json.createArrayNode());
        return m;
    }

    /** Sends an event to the client; while it is disconnected, the event waits for the resume. */
    void dispatch(String type, ObjectNode data) {
        lock.lock();
        try {
            ObjectNode frame = frame(type, data);
            if (socket != null && !resumePending) {
                send(socket, frame);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A dispatch frame with the next sequence number, kept for replay. Call with the lock held. */
    private ObjectNode frame(String type, ObjectNode data) {
        ObjectNode frame = json.createObjectNode().put("op", 0).put("s", ++seq).put("t", type);
        frame.set("d", data);
        dispatched.add(frame);
        return frame;
    }

    private void send(WebSocket ws, JsonNode frame) {
        String text = frame.toString();
        record(() -> serverFrames.add(text));
        ws.send(text);
    }

    /**
     * Drops the gateway connection from the server's side (close code 1001, as Discord's load balancers do).
     * Events dispatched until the client resumes are held back and replayed on RESUME.
     */
    void dropConnection() {
        WebSocket ws;
        lock.lock();
        try {
            ws = socket;
            socket = null;
            resumePending = ws != null;
        } finally {
            lock.unlock();
        }
        if (ws != null) {
            ws.close(1001, "going away");
        }
    }

    // ---- events the tests send -----------------------------------------------------------------------------

    /** A slash command in the guild channel, as Discord sends it; returns the interaction id. */
    long slashCommand(String name, ObjectNode... options) {
        return slashCommandAs(USER_ID, name, options);
    }

    /** A slash command used by the member {@code userId} of the guild; returns the interaction id. */
    long slashCommandAs(long userId, String name, ObjectNode... options) {
        long id = snowflake();
        ObjectNode data = json.createObjectNode().put("id", Long.toUnsignedString(APP_ID + 7)).put("name", name)
                .put("type", 1);
        ArrayNode opts = data.putArray("options");
        for (ObjectNode o : options) {
            opts.add(o);
        }
        dispatch("INTERACTION_CREATE", interaction(id, 2, data, userId));
        return id;
    }

    /** A slash command used by the member {@code userId} who holds the guild role {@code roleId}. */
    long slashCommandWithRole(long userId, long roleId, String name, ObjectNode... options) {
        long id = snowflake();
        ObjectNode data = json.createObjectNode().put("id", Long.toUnsignedString(APP_ID + 7)).put("name", name)
                .put("type", 1);
        ArrayNode opts = data.putArray("options");
        for (ObjectNode o : options) {
            opts.add(o);
        }
        ObjectNode interaction = interaction(id, 2, data, userId);
        ((ArrayNode) interaction.path("member").path("roles")).add(Long.toUnsignedString(roleId));
        dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    ObjectNode stringOption(String name, String value) {
        return json.createObjectNode().put("name", name).put("type", 3).put("value", value);
    }

    ObjectNode booleanOption(String name, boolean value) {
        return json.createObjectNode().put("name", name).put("type", 5).put("value", value);
    }

    /** A click on a button with {@code customId}; returns the interaction id. */
    long buttonClick(String customId) {
        long id = snowflake();
        ObjectNode data = json.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode interaction = interaction(id, 3, data, USER_ID);
        interaction.putObject("message").put("id", Long.toUnsignedString(snowflake())).put("flags", 0);
        dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    private ObjectNode interaction(long id, int type, ObjectNode data, long userId) {
        String g = Long.toUnsignedString(GUILD_ID);
        ObjectNode i = json.createObjectNode()
                .put("id", Long.toUnsignedString(id))
                .put("application_id", Long.toUnsignedString(APP_ID))
                .put("type", type)
                .put("token", "itoken-" + id)
                .put("version", 1)
                .put("guild_id", g)
                .put("channel_id", Long.toUnsignedString(CHANNEL_ID))
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("app_permissions", "2248473465835073")
                .put("context", 0);
        i.putObject("guild").put("id", g).put("locale", "en-US").set("features", json.createArrayNode());
        i.putObject("channel").put("id", Long.toUnsignedString(CHANNEL_ID)).put("type", 0).put("guild_id", g)
                .put("name", "general").put("position", 0);
        i.set("member", member(user(userId, userId == USER_ID ? "nurse" : "member-" + userId))
                .put("permissions", "2248473465835073"));
        i.putObject("authorizing_integration_owners").put("0", g);
        i.set("entitlements", json.createArrayNode());
        i.set("data", data);
        return i;
    }

    /** A message by the test user in {@code channelId} of the guild, mentioning the bot when asked to. */
    long guildMessage(long channelId, String content, boolean mentionsBot) {
        long id = snowflake();
        ObjectNode m = userMessage(id, channelId, content, mentionsBot);
        m.put("guild_id", Long.toUnsignedString(GUILD_ID));
        ObjectNode member = member(user(USER_ID, "nurse"));
        member.remove("user");
        m.set("member", member);
        dispatch("MESSAGE_CREATE", m);
        return id;
    }

    /** A direct message from the test user. */
    long directMessage(String content) {
        long id = snowflake();
        dispatch("MESSAGE_CREATE", userMessage(id, DM_CHANNEL_ID, content, false));
        return id;
    }

    private ObjectNode userMessage(long id, long channelId, String content, boolean mentionsBot) {
        ObjectNode m = json.createObjectNode()
                .put("id", Long.toUnsignedString(id))
                .put("type", 0)
                .put("channel_id", Long.toUnsignedString(channelId))
                .put("content", content)
                .put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("tts", false)
                .put("pinned", false)
                .put("mention_everyone", false)
                .put("flags", 0);
        m.set("author", user(USER_ID, "nurse"));
        ArrayNode mentions = m.putArray("mentions");
        if (mentionsBot) {
            mentions.add(botUser());
        }
        m.set("mention_roles", json.createArrayNode());
        m.set("attachments", json.createArrayNode());
        m.set("embeds", json.createArrayNode());
        m.set("components", json.createArrayNode());
        return m;
    }

    // ---- waiting and inspection ----------------------------------------------------------------------------

    private void record(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a REST request matching {@code test} (the first one), failing after {@code timeout}. */
    Request awaitRequest(Predicate<Request> test, Duration timeout, String what) throws InterruptedException {
        return awaitRequest(0, test, timeout, what);
    }

    /** How many REST requests the client has made so far: a mark to wait for later ones only. */
    int requestMark() {
        lock.lock();
        try {
            return requests.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a REST request after the first {@code mark} ones matching {@code test}, failing after {@code timeout}. */
    Request awaitRequest(int mark, Predicate<Request> test, Duration timeout, String what) throws InterruptedException {
        return awaitFirst(requests, mark, test, timeout, () -> "fake Discord: no request for " + what + " within "
                + timeout + "; got " + requests().stream().map(q -> q.method() + " " + q.path()).toList());
    }

    /** Waits for a gateway frame from the client matching {@code test}. */
    JsonNode awaitClientFrame(Predicate<JsonNode> test, Duration timeout, String what) throws InterruptedException {
        return awaitFirst(clientFrames, 0, test, timeout,
                () -> "fake Discord: no gateway frame for " + what + " within " + timeout);
    }

    /**
     * The first of {@code items} (guarded by the lock) from index {@code from} on matching {@code test}, waiting for it
     * until the timeout.
     */
    private <T> T awaitFirst(List<T> items, int from, Predicate<T> test, Duration timeout, Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                for (T item : items.subList(Math.min(from, items.size()), items.size())) {
                    if (test.test(item)) {
                        return item;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(failure.get());
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the client has connected {@code n} times in all. */
    void awaitConnections(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (connections < n || socket == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("fake Discord: " + connections + " gateway connection(s), expected " + n);
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    List<Request> requests() {
        return snapshot(requests);
    }

    List<String> serverFrames() {
        return snapshot(serverFrames);
    }

    List<JsonNode> clientFrames() {
        return snapshot(clientFrames);
    }

    private <T> List<T> snapshot(List<T> items) {
        lock.lock();
        try {
            return List.copyOf(items);
        } finally {
            lock.unlock();
        }
    }

    JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() throws IOException {
        dropConnection();
        server.close();
    }

    static Duration seconds(long s) {
        return Duration.of(s, TimeUnit.SECONDS.toChronoUnit());
    }
}
