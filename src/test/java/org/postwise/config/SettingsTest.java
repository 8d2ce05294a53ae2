package org.postwise.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where settings come from: a config file, the environment over it, secrets from files. */
class SettingsTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void reads_the_config_file_that_postwise_config_names() throws IOException {
        // given
        write("pw.properties", "POSTWISE_INSTITUTION = St. Elsewhere\nPOSTWISE_WATCH=true\n");

        // when
        var settings = Settings.resolve(Map.of("POSTWISE_CONFIG", "pw.properties"), dir, Optional.empty());

        // then
        assertThat(settings).containsEntry("POSTWISE_INSTITUTION", "St. Elsewhere").containsEntry("POSTWISE_WATCH",
                "true");
    }

    @Test
    void the_command_lines_config_option_wins_over_postwise_config() throws IOException {
        // given
        write("env.properties", "POSTWISE_INSTITUTION=From env\n");
        write("option.properties", "POSTWISE_INSTITUTION=From option\n");

        // when
        var settings = Settings.resolve(Map.of("POSTWISE_CONFIG", "env.properties"), dir,
                Optional.of("option.properties"));

        // then
        assertThat(settings).containsEntry("POSTWISE_INSTITUTION", "From option");
    }

    @Test
    void reads_postwise_properties_in_the_working_directory_when_there_is_one() throws IOException {
        // given
        write(Settings.DEFAULT_FILE, "POSTWISE_HELP_CONTACT=the privacy office\n");

        // when
        var settings = Settings.resolve(Map.of(), dir, Optional.empty());

        // then
        assertThat(settings).containsEntry("POSTWISE_HELP_CONTACT", "the privacy office");
    }

    @Test
    void the_environment_wins_over_the_config_file_key_by_key() throws IOException {
        // given
        write(Settings.DEFAULT_FILE, "POSTWISE_INSTITUTION=File\nPOSTWISE_WATCH=true\n");

        // when
        var settings = Settings.resolve(Map.of("POSTWISE_INSTITUTION", "Environment"), dir, Optional.empty());

        // then
        assertThat(settings).containsEntry("POSTWISE_INSTITUTION", "Environment").containsEntry("POSTWISE_WATCH",
                "true");
    }

    @Test
    void a_named_config_file_that_does_not_exist_is_a_configuration_error() {
        assertThatThrownBy(() -> Settings.resolve(Map.of("POSTWISE_CONFIG", "missing.properties"), dir,
                Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no config file")
                .hasMessageContaining("missing.properties");
    }

    @Test
    void a_secret_is_read_from_its_file_without_the_trailing_newline() throws IOException {
        // given
        Path token = write("token", "abc.def.ghi\n");

        // when
        var settings = Settings.resolve(Map.of("DISCORD_TOKEN_FILE", token.toString()), dir, Optional.empty());

        // then
        assertThat(settings).containsEntry("DISCORD_TOKEN", "abc.def.ghi").doesNotContainKey("DISCORD_TOKEN_FILE");
    }

    @Test
    void the_database_password_may_come_from_a_file_named_in_the_config_file() throws IOException {
        // given
        write("db-password", "s3cret\n");
        write(Settings.DEFAULT_FILE, "POSTWISE_DB_PASSWORD_FILE=db-password\n");

        // when
        var settings = Settings.resolve(Map.of(), dir, Optional.empty());

        // then
        assertThat(settings).containsEntry("POSTWISE_DB_PASSWORD", "s3cret");
    }

    @Test
    void a_secret_in_the_environment_wins_over_its_file_in_the_config_file() throws IOException {
        // given
        write("token", "from-file");
        write(Settings.DEFAULT_FILE, "DISCORD_TOKEN_FILE=token\n");

        // when
        var settings = Settings.resolve(Map.of("DISCORD_TOKEN", "from-env"), dir, Optional.empty());

        // then
        assertThat(settings).containsEntry("DISCORD_TOKEN", "from-env");
    }

    @Test
    void a_secret_and_its_file_in_the_same_place_is_an_error() throws IOException {
        // given
        Path token = write("token", "from-file");

        // when / then
        assertThatThrownBy(() -> Settings.resolve(Map.of("DISCORD_TOKEN", "x", "DISCORD_TOKEN_FILE",
                token.toString()), dir, Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DISCORD_TOKEN or DISCORD_TOKEN_FILE");
    }

    @Test
    void an_unreadable_secret_file_is_an_error_naming_the_variable_and_the_path() {
        assertThatThrownBy(() -> Settings.resolve(Map.of("DISCORD_TOKEN_FILE", "no-such-token"), dir,
                Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DISCORD_TOKEN_FILE: cannot read")
                .hasMessageContaining("no-such-token");
    }

    @Test
    void the_endpoint_port_is_a_number_or_off_and_its_host_loopback_by_default() {
        // when
        var bot = HttpConfig.from(Map.of(), Optional.of(HttpConfig.DEFAULT_BOT_PORT));
        var chosen = HttpConfig.from(Map.of("POSTWISE_HTTP_PORT", "9100", "POSTWISE_HTTP_HOST", "0.0.0.0"),
                Optional.empty());
        var off = HttpConfig.from(Map.of("POSTWISE_HTTP_PORT", "off"), Optional.of(HttpConfig.DEFAULT_BOT_PORT));

        // then
        assertThat(bot).isEqualTo(new HttpConfig("127.0.0.1", Optional.of(8081)));
        assertThat(chosen).isEqualTo(new HttpConfig("0.0.0.0", Optional.of(9100)));
        assertThat(off.port()).isEmpty();
    }

    @Test
    void a_malformed_endpoint_port_is_a_configuration_error_naming_the_variable() {
        assertThatThrownBy(() -> HttpConfig.from(Map.of("POSTWISE_HTTP_PORT", "80808"), Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("POSTWISE_HTTP_PORT");
    }
}
