package org.postwise.chat.discord;

import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/**
 * The bot's JDA client while it is connected, for the parts built before the connection that post through it
 * (the weekly tip's {@link DiscordTipPublisher}). {@link #get()} is {@code null} before the bot has started and
 * after it has closed; {@link DiscordBot} is the only writer.
 */
public final class DiscordClient implements Supplier<JDA> {

    private volatile JDA jda;

    @Override
    public JDA get() {
        return jda;
    }

    void set(JDA client) {
        this.jda = client;
    }
}
