package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postwise.tips.TipFixtures.env;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.postwise.config.ConfigException;
import org.postwise.config.TipsConfig;

class TipsConfigTest {

    @Test
    void reads_day_time_zone_channels_and_grace_from_the_environment() {
        var config = TipsConfig.from(env("POSTWISE_TIPS_DAY", "wednesday", "POSTWISE_TIPS_TIME", "8:15",
                "POSTWISE_TIPS_ZONE", "America/New_York", "POSTWISE_TIPS_CHANNELS", " 123, 456 ,,",
                "POSTWISE_TIPS_GRACE", "PT2H30M"));
        assertThat(config).isEqualTo(new TipsConfig(DayOfWeek.WEDNESDAY, LocalTime.of(8, 15),
                ZoneId.of("America/New_York"), List.of("123", "456"), Duration.ofMinutes(150)));
    }

    @Test
    void defaults_to_monday_nine_utc_with_no_channel_and_six_hours_of_grace() {
        assertThat(TipsConfig.from(Map.of())).isEqualTo(TipsConfig.defaults());
        assertThat(TipsConfig.defaults().channelIds()).isEmpty();
        assertThat(TipsConfig.defaults().grace()).isEqualTo(Duration.ofHours(6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POSTWISE_TIPS_DAY|Funday|POSTWISE_TIPS_DAY must be a day of the week",
            "POSTWISE_TIPS_TIME|9am|POSTWISE_TIPS_TIME must be a 24-hour time",
            "POSTWISE_TIPS_TIME|25:00|POSTWISE_TIPS_TIME must be a 24-hour time",
            "POSTWISE_TIPS_ZONE|Mars/Olympus|POSTWISE_TIPS_ZONE must be a time zone id",
            "POSTWISE_TIPS_CHANNELS|#general|POSTWISE_TIPS_CHANNELS must list Discord channel ids",
            "POSTWISE_TIPS_GRACE|6 hours|POSTWISE_TIPS_GRACE must be an ISO-8601 duration",
            "POSTWISE_TIPS_GRACE|P7D|POSTWISE_TIPS_GRACE must be between PT0S and less than 7 days",
            "POSTWISE_TIPS_GRACE|-PT1H|POSTWISE_TIPS_GRACE must be between"})
    void a_malformed_value_is_a_config_error_naming_the_variable(String name, String value, String message) {
        assertThatThrownBy(() -> TipsConfig.from(Map.of(name, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(value);
    }

    @Test
    void refuses_duplicate_channels_and_a_negative_grace_when_built_in_code() {
        assertThatThrownBy(() -> TipsConfig.defaults().withChannels(List.of("1", "1")))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> new TipsConfig(DayOfWeek.MONDAY, LocalTime.NOON, ZoneId.of("UTC"), List.of(),
                Duration.ofHours(-1))).hasMessageContaining("grace must be between");
    }
}
