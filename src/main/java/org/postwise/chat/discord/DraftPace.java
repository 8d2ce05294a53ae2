package org.postwise.chat.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How answers being written are shown on Discord: laid out as drafts by {@code layout}, at most one edit per
 * {@code interval} (Discord's rate limits), timed by {@code ticker}.
 *
 * @param layout   lays drafts out (neutralised like final answers)
 * @param ticker   a monotonic clock (tests move it by hand)
 * @param interval the shortest time between two edits of one message
 */
public record DraftPace(AnswerLayout layout, Ticker ticker, Duration interval) {

    /** About once a second, as Discord allows for editing one message. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    public DraftPace {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative but was " + interval);
        }
    }

    /** Drafts of one answer, shown through {@code show}. */
    ThrottledDrafts to(Consumer<OutgoingMessage> show) {
        return new ThrottledDrafts(this, show);
    }
}
