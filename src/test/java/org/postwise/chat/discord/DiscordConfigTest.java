package org.postwise.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.config.ConfigException;
import org.postwise.config.DiscordConfig;

class DiscordConfigTest {

    private static Map<String, String> env(String... pairs) {
        var env = new HashMap<String, String>();
        env.put("DISCORD_TOKEN", "abc.def.ghi");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void readsEverySetting() {
        var c = DiscordConfig.from(env(
                "DISCORD_GUILD_ID", "123456789012345678",
                "DISCORD_ADMIN_ROLE_IDS", "11, 22,,33",
                "DISCORD_COMMS_ROLE_IDS", "44",
                "DISCORD_API_URL", "http://127.0.0.1:9999/api/v10",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:9999/gateway",
                "POSTWISE_RATE_LIMIT_PER_MINUTE", "10"));
        assertEquals("abc.def.ghi", c.token());
        assertEquals(Optional.of(123456789012345678L), c.guildId());
        assertEquals(Set.of(11L, 22L, 33L), c.adminRoleIds());
        assertEquals(Set.of(44L), c.commsRoleIds());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:9999/api/v10/")), c.apiUrl(), "a trailing slash added");
        assertEquals(Optional.of(URI.create("ws://127.0.0.1:9999/gateway")), c.gatewayUrl());
        assertEquals(10, c.questionsPerMinute());
    }

    @Test
    void defaults() {
        var c = DiscordConfig.from(env());
        assertTrue(c.guildId().isEmpty() && c.apiUrl().isEmpty() && c.gatewayUrl().isEmpty());
        assertTrue(c.adminRoleIds().isEmpty() && c.commsRoleIds().isEmpty());
        assertEquals(DiscordConfig.DEFAULT_QUESTIONS_PER_MINUTE, c.questionsPerMinute());
        assertEquals("abc.def.ghi", DiscordConfig.from(env("DISCORD_TOKEN", "Bot abc.def.ghi")).token());
    }

    @Test
    void aMissingTokenIsAClearMessage() {
        var e = assertThrows(ConfigException.class, () -> DiscordConfig.from(Map.of()));
        assertTrue(e.getMessage().startsWith("DISCORD_TOKEN is not set"), e.getMessage());
        assertThrows(ConfigException.class, () -> DiscordConfig.from(Map.of("DISCORD_TOKEN", "   ")));
        var spaced = assertThrows(ConfigException.class, () -> DiscordConfig.from(env("DISCORD_TOKEN", "a b")));
        assertFalse(spaced.getMessage().contains("a b"), "never print the token");
    }

    @Test
    void malformedValuesNameTheVariable() {
        assertMessage("DISCORD_GUILD_ID must be a Discord id", "DISCORD_GUILD_ID", "my-server");
        assertMessage("DISCORD_ADMIN_ROLE_IDS must be a Discord id", "DISCORD_ADMIN_ROLE_IDS", "1,admins");
        assertMessage("DISCORD_COMMS_ROLE_IDS is too large", "DISCORD_COMMS_ROLE_IDS", "99999999999999999999");
        assertMessage("DISCORD_API_URL must be an absolute http:// or https:// URL", "DISCORD_API_URL", "discord.com");
        assertMessage("DISCORD_GATEWAY_URL must be an absolute ws:// or wss:// URL", "DISCORD_GATEWAY_URL",
                "http://gateway");
        assertMessage("POSTWISE_RATE_LIMIT_PER_MINUTE must be a whole number", "POSTWISE_RATE_LIMIT_PER_MINUTE", "six");
        assertMessage("POSTWISE_RATE_LIMIT_PER_MINUTE must be between 1 and", "POSTWISE_RATE_LIMIT_PER_MINUTE", "0");
    }

    private static void assertMessage(String start, String name, String value) {
        var e = assertThrows(ConfigException.class, () -> DiscordConfig.from(env(name, value)));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void theTokenNeverShowsInText() {
        assertFalse(DiscordConfig.from(env()).toString().contains("abc.def.ghi"));
        assertTrue(DiscordConfig.VARIABLES.keySet().containsAll(Set.of("DISCORD_TOKEN", "DISCORD_GUILD_ID",
                "DISCORD_ADMIN_ROLE_IDS", "DISCORD_COMMS_ROLE_IDS", "DISCORD_API_URL", "DISCORD_GATEWAY_URL",
                "POSTWISE_RATE_LIMIT_PER_MINUTE")));
    }
}
