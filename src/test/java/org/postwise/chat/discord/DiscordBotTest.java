package org.postwise.chat.discord;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postwise.chat.AdminCommands;
import org.postwise.chat.ChatCommands;
import org.postwise.config.DiscordConfig;
import org.postwise.feedback.FeedbackStore;

/** Building the bot without connecting it. */
class DiscordBotTest {

    @Test
    void refusesToBuildWithoutAFeedbackStore() {
        var config = DiscordConfig.from(Map.of("DISCORD_TOKEN", "t"));
        var e = assertThrows(NullPointerException.class, () -> DiscordBot.create(mock(ChatCommands.class), mock(AdminCommands.class), config, null));
        assertTrue(e.getMessage().contains("feedback"), e.getMessage());
    }

    @Test
    void aBotThatNeverStartedClosesCleanly() {
        var bot = DiscordBot.create(mock(ChatCommands.class), mock(AdminCommands.class),
                DiscordConfig.from(Map.of("DISCORD_TOKEN", "t")),
                mock(FeedbackStore.class));
        bot.close();
        bot.close();
        assertTrue(bot.jda() == null);
    }
}
