package org.postwise.chat.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.postwise.tips.RenderedTip;
import org.postwise.tips.TipPublishException;
import org.postwise.tips.TipPublisher;

/**
 * Posts weekly tips to Discord channels through the bot's JDA client.
 *
 * <p>Every post carries the slot's nonce; JDA sends it with {@code "enforce_nonce": true}, so Discord answers a
 * re-send of the same slot (after a crash between the send and the ledger write) with the message it already has
 * instead of a second one. That only holds for a few minutes, so {@link #findPosted} also looks through the
 * channel's messages since the claim for one of Postwise's own with the same text. Nothing pings anyone:
 * {@code "allowed_mentions": {"parse": []}} and mention syntax broken, and link previews are suppressed so the tip
 * stays a short text.
 */
public final class DiscordTipPublisher implements TipPublisher {

    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);
    /** Discord returns at most this many messages per history request. */
    private static final int HISTORY_PAGE = 100;

    private final Supplier<JDA> client;
    private final Duration timeout;

    /**
     * @param client  the connected client ({@link DiscordClient}), or {@code null} while the bot is not connected
     * @param timeout how long one request may take before the post counts as failed (and is retried)
     */
    public DiscordTipPublisher(Supplier<JDA> client, Duration timeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String publish(String channelId, RenderedTip tip, String nonce) {
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(nonce, "nonce");
        GuildMessageChannel channel = channel(channelId);
        var data = new MessageCreateBuilder()
                .setContent(content(tip))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .setSuppressEmbeds(true)
                .build();
        try {
            return channel.sendMessage(data).setNonce(nonce).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .complete().getId();
        } catch (ErrorResponseException e) {
            throw new TipPublishException("Discord refused the post to channel " + channelId + ": "
                    + e.getMeaning() + " (" + e.getErrorCode() + ")", e);
        } catch (RuntimeException e) {
            throw new TipPublishException("posting to channel " + channelId + " failed: " + describe(e), e);
        }
    }

    @Override
    public Optional<String> findPosted(String channelId, RenderedTip tip, String nonce, Instant since) {
        GuildMessageChannel channel = channel(channelId);
        long self = client.get().getSelfUser().getIdLong();
        String expected = content(tip);
        // a snowflake of the claim's time: only messages created after the claim can be its post
        long after = TimeUtil.getDiscordTimestamp(since.minusSeconds(1).toEpochMilli());
        try {
            return channel.getHistoryAfter(after, HISTORY_PAGE).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .complete().getRetrievedHistory().stream()
                    .filter(m -> m.getAuthor().getIdLong() == self)
                    .filter(m -> nonce.equals(m.getNonce()) || expected.equals(m.getContentRaw()))
                    .map(Message::getId)
                    .findFirst();
        } catch (RuntimeException e) {
            throw new TipPublishException("could not read channel " + channelId + ": " + describe(e), e);
        }
    }

    /** The tip as posted: its own source link is the only link, and no mention syntax survives. */
    static String content(RenderedTip tip) {
        String safe = SafeText.forPost(tip.text(), Set.copyOf(tip.links()));
        return safe.length() <= DiscordLimits.CONTENT ? safe : safe.substring(0, DiscordLimits.CONTENT - 1) + "…";
    }

    private GuildMessageChannel channel(String channelId) {
        JDA jda = client.get();
        if (jda == null) {
            throw new TipPublishException("the bot is not connected to Discord");
        }
        GuildMessageChannel channel;
        try {
            channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        } catch (NumberFormatException e) {
            channel = null;
        }
        if (channel == null) {
            throw new TipPublishException("channel " + channelId + " is not a text channel the bot can see: check "
                    + "POSTWISE_TIPS_CHANNELS and the bot's access to the channel");
        }
        return channel;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
