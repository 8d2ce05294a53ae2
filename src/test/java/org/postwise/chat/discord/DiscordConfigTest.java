package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        assertThat(c.token()).isEqualTo("abc.def.ghi");
        assertThat(c.guildId()).isEqualTo(Optional.of(123456789012345678L));
        assertThat(c.adminRoleIds()).isEqualTo(Set.of(11L, 22L, 33L));
        assertThat(c.commsRoleIds()).isEqualTo(Set.of(44L));
        assertThat(c.apiUrl()).as("a trailing slash added")
                .isEqualTo(Optional.of(URI.create("http://127.0.0.1:9999/api/v10/")));
        assertThat(c.gatewayUrl()).isEqualTo(Optional.of(URI.create("ws://127.0.0.1:9999/gateway")));
        assertThat(c.questionsPerMinute()).isEqualTo(10);
    }

    @Test
    void defaults() {
        var c = DiscordConfig.from(env());
        assertThat(c.guildId().isEmpty() && c.apiUrl().isEmpty() && c.gatewayUrl().isEmpty()).isTrue();
        assertThat(c.adminRoleIds().isEmpty() && c.commsRoleIds().isEmpty()).isTrue();
        assertThat(c.questionsPerMinute()).isEqualTo(DiscordConfig.DEFAULT_QUESTIONS_PER_MINUTE);
        assertThat(DiscordConfig.from(env("DISCORD_TOKEN", "Bot abc.def.ghi")).token()).isEqualTo("abc.def.ghi");
    }

    @Test
    void aMissingTokenIsAClearMessage() {
        var e = catchThrowableOfType(ConfigException.class, () -> DiscordConfig.from(Map.of()));
        assertThat(e.getMessage()).startsWith("DISCORD_TOKEN is not set");
        assertThatThrownBy(() -> DiscordConfig.from(Map.of("DISCORD_TOKEN", "   ")))
                .isInstanceOf(ConfigException.class);
        var spaced = catchThrowableOfType(ConfigException.class, () -> DiscordConfig.from(env("DISCORD_TOKEN", "a b")));
        assertThat(spaced.getMessage()).as("never print the token").doesNotContain("a b");
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
        var e = catchThrowableOfType(ConfigException.class, () -> DiscordConfig.from(env(name, value)));
        assertThat(e.getMessage()).startsWith(start);
    }

    @Test
    void theTokenNeverShowsInText() {
        assertThat(DiscordConfig.from(env()).toString()).doesNotContain("abc.def.ghi");
        assertThat(DiscordConfig.VARIABLES.keySet()).containsAll(Set.of("DISCORD_TOKEN", "DISCORD_GUILD_ID",
                "DISCORD_ADMIN_ROLE_IDS", "DISCORD_COMMS_ROLE_IDS", "DISCORD_API_URL", "DISCORD_GATEWAY_URL",
                "POSTWISE_RATE_LIMIT_PER_MINUTE"));
    }
}
