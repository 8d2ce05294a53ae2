package org.postwise.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A per-key sliding-window rate limit: at most {@code permits} acquisitions per {@code window} for each key
 * (a user id). Transport-free and thread-safe. Idle keys are forgotten once their window has passed, and at
 * most {@code maxKeys} keys are tracked. Time comes from the injected {@link Ticker}, so tests move it by hand.
 */
public final class RateLimiter {

    /**
     * What {@link #tryAcquire(String)} decided.
     *
     * @param allowed    true when the caller may go ahead (the permit is then used up)
     * @param retryAfter how long until the next permit frees up; {@link Duration#ZERO} when allowed
     */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    private final int permits;
    private final long windowNanos;
    private final Ticker ticker;
    private final Cache<String, ArrayDeque<Long>> recent;

    /**
     * @param permits acquisitions allowed per window and key, at least 1
     * @param window  the sliding window, positive
     * @param maxKeys most keys tracked at once, at least 1
     * @param ticker  source of time
     */
    public RateLimiter(int permits, Duration window, long maxKeys, Ticker ticker) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1 but was " + permits);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive but was " + window);
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1 but was " + maxKeys);
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.recent = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfterAccess(window)
                .maximumSize(maxKeys)
                .build();
    }

    /** {@code permitsPerMinute} per minute and key, tracking up to 100,000 keys. */
    public static RateLimiter perMinute(int permitsPerMinute, Ticker ticker) {
        return new RateLimiter(permitsPerMinute, Duration.ofMinutes(1), 100_000, ticker);
    }

    /** Takes a permit for {@code key} if one is free. */
    public Decision tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        ArrayDeque<Long> times = recent.get(key, k -> new ArrayDeque<>(permits));
        synchronized (times) {
            long now = ticker.read();
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            if (times.size() < permits) {
                times.addLast(now);
                return Decision.ALLOWED;
            }
            long wait = times.peekFirst() + windowNanos - now;
            return new Decision(false, Duration.ofNanos(Math.max(wait, 1)));
        }
    }

    /** Permits per window and key. */
    public int permits() {
        return permits;
    }
}
