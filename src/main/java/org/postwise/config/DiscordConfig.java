package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of the Discord bot, read from the environment by {@link #from(Map)}.
 *
 * @param token              the bot token ({@code DISCORD_TOKEN}); never printed, see {@link #toString()}
 * @param guildId            the server to register slash commands on (instant); empty registers them globally
 * @param adminRoleIds       roles of Postwise's admins in the server
 * @param adminUserIds       users who are Postwise's admins whatever their roles
 * @param commsRoleIds       roles of the communications team in the server
 * @param apiUrl             base URL of Discord's REST API ending in {@code /api/v10/}, to use a proxy or a test
 *                           double; empty uses Discord's own
 * @param gatewayUrl         URL of Discord's gateway ({@code ws://} or {@code wss://}); empty asks Discord
 * @param questionsPerMinute questions one person may ask per minute
 */
public record DiscordConfig(String token, Optional<Long> guildId, Set<Long> adminRoleIds, Set<Long> adminUserIds,
                            Set<Long> commsRoleIds,
                            Optional<URI> apiUrl, Optional<URI> gatewayUrl, int questionsPerMinute) {

    /** Questions per person per minute when {@code POSTWISE_RATE_LIMIT_PER_MINUTE} is not set. */
    public static final int DEFAULT_QUESTIONS_PER_MINUTE = 6;
    /** The highest per-person rate accepted. */
    public static final int MAX_QUESTIONS_PER_MINUTE = 600;

    /** The environment variables the Discord bot reads, with what they mean. */
    public static final Map<String, String> VARIABLES;

    static {
        var v = new LinkedHashMap<String, String>();
        v.put("DISCORD_TOKEN", "the bot's token from the Discord developer portal (required)");
        v.put("DISCORD_GUILD_ID", "server id to register the slash commands on at once (default: global)");
        v.put("DISCORD_ADMIN_ROLE_IDS", "comma-separated role ids of Postwise's admins");
        v.put("DISCORD_ADMIN_USER_IDS", "comma-separated user ids of Postwise's admins");
        v.put("DISCORD_COMMS_ROLE_IDS", "comma-separated role ids of the communications team");
        v.put("DISCORD_API_URL", "Discord REST API base, e.g. https://proxy.example/api/v10/ (default: Discord's)");
        v.put("DISCORD_GATEWAY_URL", "Discord gateway URL, ws:// or wss:// (default: Discord's)");
        v.put("POSTWISE_RATE_LIMIT_PER_MINUTE", "questions one person may ask per minute (default: "
                + DEFAULT_QUESTIONS_PER_MINUTE + ")");
        VARIABLES = java.util.Collections.unmodifiableMap(v);
    }

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    public DiscordConfig {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        Objects.requireNonNull(guildId, "guildId");
        adminRoleIds = Set.copyOf(adminRoleIds);
        adminUserIds = Set.copyOf(adminUserIds);
        commsRoleIds = Set.copyOf(commsRoleIds);
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        if (questionsPerMinute < 1 || questionsPerMinute > MAX_QUESTIONS_PER_MINUTE) {
            throw new IllegalArgumentException("questionsPerMinute must be between 1 and " + MAX_QUESTIONS_PER_MINUTE
                    + " but was " + questionsPerMinute);
        }
    }

    /**
     * Reads the settings from {@code env}. Throws {@link ConfigException} naming the variable when the token is
     * missing or a value is malformed; the message never contains the token.
     */
    public static DiscordConfig from(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String token = get(env, "DISCORD_TOKEN").orElseThrow(() -> new ConfigException(
                "DISCORD_TOKEN is not set: create a bot in the Discord developer portal "
                        + "(https://discord.com/developers/applications), copy its token and set DISCORD_TOKEN to it"));
        if (token.regionMatches(true, 0, "Bot ", 0, 4)) {
            token = token.substring(4).strip();
        }
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("DISCORD_TOKEN must be the bot token alone, without spaces");
        }
        return new DiscordConfig(
                token,
                get(env, "DISCORD_GUILD_ID").map(raw -> snowflake("DISCORD_GUILD_ID", raw)),
                snowflakes(env, "DISCORD_ADMIN_ROLE_IDS"),
                snowflakes(env, "DISCORD_ADMIN_USER_IDS"),
                snowflakes(env, "DISCORD_COMMS_ROLE_IDS"),
                get(env, "DISCORD_API_URL").map(raw -> url("DISCORD_API_URL", raw, Set.of("http", "https"), true)),
                get(env, "DISCORD_GATEWAY_URL").map(raw -> url("DISCORD_GATEWAY_URL", raw, Set.of("ws", "wss"), false)),
                rate(env));
    }

    /** The same settings with the token hidden: safe to log. */
    @Override
    public String toString() {
        return "DiscordConfig[token=(hidden), guildId=" + guildId.map(String::valueOf).orElse("(global)")
                + ", adminRoleIds=" + adminRoleIds + ", adminUserIds=" + adminUserIds + ", commsRoleIds=" + commsRoleIds
                + ", apiUrl=" + apiUrl.map(URI::toString).orElse("(Discord)")
                + ", gatewayUrl=" + gatewayUrl.map(URI::toString).orElse("(Discord)")
                + ", questionsPerMinute=" + questionsPerMinute + "]";
    }

    private static long snowflake(String name, String raw) {
        if (!SNOWFLAKE.matcher(raw).matches()) {
            throw new ConfigException(name + " must be a Discord id (digits only, e.g. 123456789012345678) but was '"
                    + raw + "'");
        }
        try {
            return Long.parseUnsignedLong(raw);
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " is too large for a Discord id: '" + raw + "'");
        }
    }

    private static Set<Long> snowflakes(Map<String, String> env, String name) {
        var ids = new LinkedHashSet<Long>();
        get(env, name).ifPresent(raw -> {
            for (String part : raw.split(",")) {
                String id = part.strip();
                if (!id.isEmpty()) {
                    ids.add(snowflake(name, id));
                }
            }
        });
        return ids;
    }

    private static URI url(String name, String raw, Set<String> schemes, boolean trailingSlash) {
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new ConfigException(name + " is not a valid URL: '" + raw + "'");
        }
        if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                || uri.getHost() == null) {
            throw new ConfigException(name + " must be an absolute " + String.join(" or ", schemes.stream().sorted()
                    .map(s -> s + "://").toList()) + " URL but was '" + raw + "'");
        }
        if (trailingSlash && !uri.getPath().endsWith("/")) {
            uri = URI.create(uri + "/");
        }
        return uri;
    }

    private static int rate(Map<String, String> env) {
        var raw = get(env, "POSTWISE_RATE_LIMIT_PER_MINUTE");
        if (raw.isEmpty()) {
            return DEFAULT_QUESTIONS_PER_MINUTE;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new ConfigException("POSTWISE_RATE_LIMIT_PER_MINUTE must be a whole number but was '" + raw.get()
                    + "'");
        }
        if (value < 1 || value > MAX_QUESTIONS_PER_MINUTE) {
            throw new ConfigException("POSTWISE_RATE_LIMIT_PER_MINUTE must be between 1 and "
                    + MAX_QUESTIONS_PER_MINUTE + " but was " + value);
        }
        return value;
    }

}
