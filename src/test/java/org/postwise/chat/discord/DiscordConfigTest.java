package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void reads_every_setting() {
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
    void everything_but_the_token_has_a_default() {
        var c = DiscordConfig.from(env());
        assertThat(c.guildId()).isEmpty();
        assertThat(c.apiUrl()).isEmpty();
        assertThat(c.gatewayUrl()).isEmpty();
        assertThat(c.adminRoleIds()).isEmpty();
        assertThat(c.commsRoleIds()).isEmpty();
        assertThat(c.questionsPerMinute()).isEqualTo(DiscordConfig.DEFAULT_QUESTIONS_PER_MINUTE);
    }

    @Test
    void a_token_pasted_with_its_bot_prefix_is_read_without_it() {
        assertThat(DiscordConfig.from(env("DISCORD_TOKEN", "Bot abc.def.ghi")).token()).isEqualTo("abc.def.ghi");
    }

    @Test
    void a_missing_or_blank_token_is_a_clear_message() {
        assertThatThrownBy(() -> DiscordConfig.from(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DISCORD_TOKEN is not set");
        assertThatThrownBy(() -> DiscordConfig.from(Map.of("DISCORD_TOKEN", "   ")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DISCORD_TOKEN is not set");
    }

    @Test
    void a_token_with_spaces_is_refused_without_printing_it() {
        assertThatThrownBy(() -> DiscordConfig.from(env("DISCORD_TOKEN", "a b"))).isInstanceOf(ConfigException.class)
                .hasMessageNotContaining("a b");
    }

    @Test
    void malformed_values_name_the_variable() {
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
        assertThatThrownBy(() -> DiscordConfig.from(env(name, value))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(start);
    }

    @Test
    void the_token_never_shows_in_text() {
        assertThat(DiscordConfig.from(env()).toString()).doesNotContain("abc.def.ghi");
    }

    @Test
    void every_variable_it_reads_is_described_for_help() {
        assertThat(DiscordConfig.VARIABLES.keySet()).containsExactlyInAnyOrder("DISCORD_TOKEN", "DISCORD_GUILD_ID",
                "DISCORD_ADMIN_ROLE_IDS", "DISCORD_ADMIN_USER_IDS", "DISCORD_COMMS_ROLE_IDS", "DISCORD_API_URL",
                "DISCORD_GATEWAY_URL", "POSTWISE_RATE_LIMIT_PER_MINUTE");
    }
}
