package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.postwise.config.DiscordConfig;
import org.postwise.tips.TipScheduler;

/** The bot's lifecycle without connecting it; connecting is the end-to-end test's. */
class DiscordBotTest {

    private final DiscordConfig config = DiscordConfig.from(Map.of("DISCORD_TOKEN", "t"));
    private final TipScheduler weeklyTip = mock(TipScheduler.class);
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    private DiscordBot bot(DiscordClient client) {
        var layout = new AnswerLayout(Set::of);
        var errors = new ErrorReporter(() -> "e1", layout);
        var replies = new DeferredReplies(pool, errors);
        return new DiscordBot(config, client, new SlashCommandListener(List.of(), replies, errors),
                new MessageListener(mock(QuestionHandler.class), pool, errors),
                new ButtonListener(mock(ButtonHandler.class), replies, errors), weeklyTip, List.of(pool),
                Duration.ofSeconds(1), new DiscordMeters(new SimpleMeterRegistry()));
    }

    @Test
    void a_bot_that_never_started_closes_once_stopping_the_weekly_tip_and_its_executors() {
        // given
        var client = new DiscordClient();
        var bot = bot(client);

        // when
        bot.close();
        bot.close();

        // then
        verify(weeklyTip, times(1)).close();
        assertThat(pool.isShutdown()).isTrue();
        assertThat(bot.jda()).isNull();
        assertThat(client.get()).isNull();
    }

    @Test
    void refuses_to_build_without_a_weekly_tip() {
        var layout = new AnswerLayout(Set::of);
        var errors = new ErrorReporter(() -> "e1", layout);
        var replies = new DeferredReplies(pool, errors);

        assertThatThrownBy(() -> new DiscordBot(config, new DiscordClient(),
                new SlashCommandListener(List.of(), replies, errors),
                new MessageListener(mock(QuestionHandler.class), pool, errors),
                new ButtonListener(mock(ButtonHandler.class), replies, errors), null, List.of(pool),
                Duration.ofSeconds(1), new DiscordMeters(new SimpleMeterRegistry())))
                .isInstanceOf(NullPointerException.class).hasMessage("weeklyTip");
    }
}
